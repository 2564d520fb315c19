package dev.mbx.cli;

import dev.mbx.client.SpotClient;
import dev.mbx.core.Keys;
import dev.mbx.core.MbxException;
import dev.mbx.sandbox.diagnosis.Diagnoser;
import dev.mbx.sandbox.diagnosis.Diagnosis;
import dev.mbx.sandbox.diagnosis.KeyMaterial;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "doctor",
    description = {
      "Say exactly why Binance rejects a request, and print the request that passes.",
      "It recomputes what Binance would: the verdict, the most likely mistake in one sentence,",
      "the payload that must be signed, the correct signature and the corrected request as curl.",
      "The secret comes from an environment variable or a file and is never printed.",
      "Without a request it checks the set-up: keys, key type, clock against the target, target.",
      "Exit code 0: the request would pass (or the set-up is fine); 1: it would be rejected.",
      "",
      "Input forms, with examples:",
      "  a curl command line, as one argument:",
      "    mbx doctor \"curl -H 'X-MBX-APIKEY: vmPUZE6mv9...' "
          + "'https://api.binance.com/api/v3/account?timestamp=1499827319559&signature=...'\"",
      "  a curl command line read from a file, or from stdin with '-':",
      "    mbx doctor --request-file request.txt",
      "    pbpaste | mbx doctor --request-file -",
      "  METHOD URL [BODY], headers with -H (X-MBX-APIKEY defaults to $BINANCE_API_KEY):",
      "    mbx doctor -H 'X-MBX-APIKEY: vmPUZE6mv9...' POST 'https://api.binance.com/api/v3/order' "
          + "'symbol=LTCBTC&side=BUY&type=MARKET&quantity=1&timestamp=1499827319559&signature=...'",
      "  a raw HTTP request from a file or stdin (request line, headers, blank line, body):",
      "    mbx doctor --request-file captured.http",
      "  no request at all: check the set-up against the embedded sandbox, or --base-url/--env:",
      "    mbx doctor",
      "    mbx doctor --env testnet",
      ""
    })
final class DoctorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TargetOptions target;

  @Parameters(
      arity = "0..*",
      paramLabel = "REQUEST",
      description = "A curl line (one argument), or METHOD URL [BODY].")
  List<String> request = List.of();

  @Option(
      names = {"-H", "--header"},
      paramLabel = "'NAME: VALUE'",
      description =
          "A header of the METHOD URL [BODY] form, as in curl; without X-MBX-APIKEY the key is"
              + " taken from BINANCE_API_KEY.")
  List<String> headers = List.of();

  @Option(
      names = "--request-file",
      paramLabel = "FILE",
      description =
          "Read the request (curl line, METHOD URL [BODY] or raw HTTP) from FILE; '-' is stdin.")
  Path requestFile;

  @Option(
      names = "--secret-env",
      paramLabel = "VAR",
      description = "Environment variable holding the HMAC secret (default BINANCE_SECRET_KEY).")
  String secretEnv = TargetOptions.SECRET_KEY_ENV;

  @Option(
      names = "--secret-file",
      paramLabel = "FILE",
      description = "File holding the HMAC secret.")
  Path secretFile;

  @Option(
      names = "--public-key-file",
      paramLabel = "FILE",
      description = "RSA or Ed25519 public key: checks signatures but cannot make the correct one.")
  Path publicKeyFile;

  @Option(
      names = "--server-time",
      paramLabel = "MS",
      description =
          "Judge the timestamp against this server time (epoch ms) instead of the target's.")
  Long serverTime;

  private static final int MAX_REQUEST_BYTES = 1 << 20;

  InputStream stdin = System.in;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (request.isEmpty() && requestFile == null) {
      return new DoctorSetup(target, keySource()).run(out);
    }
    DoctorRequest sent = readRequest();
    KeyMaterial key = key();
    if (key == null) {
      spec.commandLine()
          .getErr()
          .println(
              "mbx: no key given ("
                  + secretEnv
                  + " unset): the signature's value is not checked; give --secret-file,"
                  + " --secret-env, --key-file or --public-key-file");
    }
    Diagnosis diagnosis =
        Diagnoser.diagnose(sent.request(), key, OptionalLong.of(serverTimeMillis()));
    new DoctorReport(out).print(sent, diagnosis, key);
    return diagnosis.accepted() ? 0 : Main.EXIT_REJECTED;
  }

  private DoctorRequest readRequest() {
    if (requestFile != null) {
      if (!request.isEmpty()) {
        throw new MbxException("give the request either as arguments or with --request-file");
      }
      return DoctorRequest.parse(readText(requestFile));
    }
    if (request.size() == 1 && request.get(0).equals("-")) {
      return DoctorRequest.parse(readStdin());
    }
    if (request.get(0).equals("curl")) {
      return CurlLine.fromTokens(request);
    }
    if (request.size() == 1) {
      return DoctorRequest.parse(request.get(0));
    }
    if (request.size() > 3) {
      throw new MbxException(
          "too many arguments: give METHOD URL [BODY], or quote the curl line as one argument");
    }
    String body = request.size() == 3 ? request.get(2) : "";
    return DoctorRequest.of(request.get(0), request.get(1), body, headerMap());
  }

  /** The {@code --header} values, plus the API key from the environment when none names it. */
  private Map<String, String> headerMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String header : headers) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        throw new MbxException("a header is 'NAME: VALUE': " + header);
      }
      map.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
    }
    String apiKey = System.getenv(TargetOptions.API_KEY_ENV);
    boolean named = map.keySet().stream().anyMatch("X-MBX-APIKEY"::equalsIgnoreCase);
    if (!named && apiKey != null) {
      map.put("X-MBX-APIKEY", apiKey);
    }
    return map;
  }

  private String readText(Path file) {
    if (file.toString().equals("-")) {
      return readStdin();
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MbxException("cannot read " + file + ": " + FileErrors.reason(e), e);
    }
  }

  /** One request is small; a bound keeps a wrong pipe from filling the memory. */
  private String readStdin() {
    try {
      byte[] bytes = stdin.readNBytes(MAX_REQUEST_BYTES + 1);
      if (bytes.length > MAX_REQUEST_BYTES) {
        throw new MbxException("stdin holds more than 1 MiB; give doctor one request");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MbxException("cannot read stdin: " + e.getMessage(), e);
    }
  }

  /** Where the key comes from, for the set-up check. */
  DoctorSetup.KeySource keySource() {
    return new DoctorSetup.KeySource(
        secretEnv, secretFile, target.keyFile, target.passphraseEnv, publicKeyFile);
  }

  /** The key from the first option given, or null when there is none. */
  private KeyMaterial key() {
    if (target.keyFile != null) {
      return KeyMaterial.privateKey(
          Keys.readPrivateKey(target.keyFile, Secrets.passphrase(target.passphraseEnv)));
    }
    if (publicKeyFile != null) {
      return KeyMaterial.publicKey(Keys.readPublicKey(publicKeyFile));
    }
    if (secretFile != null) {
      return KeyMaterial.hmac(Secrets.fromFile(secretFile));
    }
    String secret = System.getenv(secretEnv);
    return secret == null || secret.isEmpty() ? null : KeyMaterial.hmac(secret);
  }

  /**
   * The server time to judge against: {@code --server-time}, else the remote target's, else the
   * local clock, which is the embedded sandbox's clock.
   */
  private long serverTimeMillis() {
    if (serverTime != null) {
      return serverTime;
    }
    String url = target.remoteUrl();
    if (url == null) {
      return System.currentTimeMillis();
    }
    try (SpotClient client = SpotClient.builder().baseUrl(url).build()) {
      return client.serverTime();
    }
  }
}
