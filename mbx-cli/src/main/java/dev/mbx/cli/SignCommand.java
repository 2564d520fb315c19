package dev.mbx.cli;

import dev.mbx.core.HmacSigner;
import dev.mbx.core.MbxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "sign",
    description = {
      "Print the signature of a payload, exactly as given (already percent-encoded).",
      "The secret comes from an environment variable or a file, never from the command line.",
      "",
      "Examples:",
      "  mbx sign --secret-env BINANCE_SECRET_KEY 'symbol=LTCBTC&side=BUY&timestamp=1499827319559'",
      "  mbx sign --query 'symbol=LTCBTC&side=BUY' --body 'quantity=1&timestamp=1499827319559'"
    })
final class SignCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "PAYLOAD",
      description = "The payload to sign: the query string or body as sent.")
  String payload;

  @Option(
      names = "--query",
      paramLabel = "QUERY",
      description = "Query string of a mixed request; signed as QUERY followed by BODY.")
  String query;

  @Option(names = "--body", paramLabel = "BODY", description = "Body of a mixed request.")
  String body;

  @ArgGroup SecretSource secret = new SecretSource();

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print the exact payload that was signed.")
  boolean verbose;

  static final class SecretSource {
    @Option(
        names = "--secret-env",
        paramLabel = "VAR",
        description = "Environment variable holding the HMAC secret (default BINANCE_SECRET_KEY).")
    String env = TargetOptions.SECRET_KEY_ENV;

    @Option(
        names = "--secret-file",
        paramLabel = "FILE",
        description = "File holding the HMAC secret; one trailing newline is ignored.")
    Path file;

    String read() {
      if (file != null) {
        return readFile(file);
      }
      String value = System.getenv(env);
      if (value == null || value.isEmpty()) {
        throw new MbxException(
            "no secret: environment variable " + env + " is not set; export it or use --secret-file");
      }
      return value;
    }

    private static String readFile(Path file) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.endsWith("\r\n")
            ? text.substring(0, text.length() - 2)
            : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      } catch (IOException e) {
        throw new MbxException("cannot read secret file " + file + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void run() {
    String signed = payloadToSign();
    String signature = HmacSigner.of(secret.read()).sign(signed);
    if (verbose) {
      spec.commandLine().getErr().println("payload: " + signed);
    }
    spec.commandLine().getOut().println(signature);
  }

  /** The query followed by the body, with no separator: what Binance verifies. */
  private String payloadToSign() {
    if (payload != null && (query != null || body != null)) {
      throw new MbxException("give either PAYLOAD or --query/--body, not both");
    }
    if (payload != null) {
      return payload;
    }
    if (query == null && body == null) {
      throw new MbxException("nothing to sign: give PAYLOAD, or --query and/or --body");
    }
    return (query == null ? "" : query) + (body == null ? "" : body);
  }
}
