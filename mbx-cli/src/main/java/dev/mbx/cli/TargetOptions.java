package dev.mbx.cli;

import dev.mbx.client.Exchange;
import dev.mbx.client.SpotClient;
import dev.mbx.core.MbxException;
import dev.mbx.core.RecvWindow;
import dev.mbx.core.Signers;
import dev.mbx.sandbox.Sandbox;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Option;

/**
 * Where a command sends its requests and with which keys, shared by every command that talks to a
 * server.
 *
 * <p>The default target is a sandbox started in this process on a free port, with its demo
 * account's keys: nothing leaves the machine unless {@code --env} or {@code --base-url} says so.
 */
final class TargetOptions {
  static final String API_KEY_ENV = "BINANCE_API_KEY";
  static final String SECRET_KEY_ENV = "BINANCE_SECRET_KEY";

  @Option(
      names = "--env",
      description = "sandbox (default: embedded, local), testnet or live.",
      paramLabel = "ENV")
  String env;

  @Option(
      names = "--base-url",
      description = "Send requests here instead, e.g. http://127.0.0.1:8080 for `mbx sandbox`.",
      paramLabel = "URL")
  String baseUrl;

  @Option(
      names = "--recv-window",
      description = "recvWindow in milliseconds, up to 60000 with up to three decimals.",
      paramLabel = "MS")
  String recvWindow;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description =
          "Sign with this RSA or Ed25519 private key instead of BINANCE_SECRET_KEY"
              + " (with --base-url or --env; the API key still comes from BINANCE_API_KEY).")
  java.nio.file.Path keyFile;

  @Option(
      names = "--passphrase-env",
      paramLabel = "VAR",
      description = "Environment variable holding the passphrase of an encrypted --key-file.")
  String passphraseEnv;

  @Option(names = "--json", description = "Print Binance's raw JSON instead of a table.")
  boolean json;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show the request line that was sent (signature visible, secret never).")
  boolean verbose;

  /** An open connection to the target: a client, and the embedded sandbox if one was started. */
  final class Target implements AutoCloseable {
    private final SpotClient client;
    private final Sandbox sandbox;
    private final AtomicReference<Exchange> last;

    private Target(SpotClient client, Sandbox sandbox, AtomicReference<Exchange> last) {
      this.client = client;
      this.sandbox = sandbox;
      this.last = last;
    }

    SpotClient client() {
      return client;
    }

    /** Binance's raw JSON of the last response, for {@code --json}. */
    String lastJson() {
      Exchange exchange = last.get();
      return exchange == null ? "" : exchange.responseBody();
    }

    @Override
    public void close() {
      client.close();
      if (sandbox != null) {
        sandbox.close();
      }
    }
  }

  /**
   * Opens the target. {@code signed} commands need keys: the embedded sandbox supplies its demo
   * account's; a remote target takes them from the environment.
   */
  Target open(PrintWriter err, boolean signed) {
    AtomicReference<Exchange> last = new AtomicReference<>();
    SpotClient.Builder builder =
        SpotClient.builder().exchangeListener(exchange -> record(exchange, last, err));
    if (recvWindow != null) {
      builder.recvWindow(RecvWindow.parse(recvWindow));
    }
    String url = remoteUrl();
    if (url == null) {
      if (keyFile != null) {
        throw new MbxException(
            "--key-file needs a target that knows the key: give --base-url of a running"
                + " `mbx sandbox --account` or --env");
      }
      Sandbox sandbox = Sandbox.builder().port(0).start();
      builder
          .baseUrl(sandbox.baseUrl().toString())
          .apiKey(sandbox.demo().apiKey())
          .secretKey(sandbox.demo().secretKey());
      return new Target(builder.build(), sandbox, last);
    }
    builder.baseUrl(url);
    String apiKey = System.getenv(API_KEY_ENV);
    String secretKey = System.getenv(SECRET_KEY_ENV);
    if (keyFile != null) {
      builder.signer(Signers.load(keyFile, Secrets.passphrase(passphraseEnv)));
      secretKey = null;
    }
    if (signed && (apiKey == null || (secretKey == null && keyFile == null))) {
      throw new MbxException(
          "no keys for "
              + url
              + ": set "
              + API_KEY_ENV
              + " and "
              + SECRET_KEY_ENV
              + ", or leave out --env and --base-url to use the embedded sandbox");
    }
    if (apiKey != null) {
      builder.apiKey(apiKey);
    }
    if (secretKey != null) {
      builder.secretKey(secretKey);
    }
    return new Target(builder.build(), null, last);
  }

  private void record(Exchange exchange, AtomicReference<Exchange> last, PrintWriter err) {
    last.set(exchange);
    if (verbose) {
      err.println("> " + exchange.method() + " " + exchange.url());
      if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
        err.println("> " + exchange.requestBody());
      }
      err.println("< HTTP " + exchange.status());
    }
  }

  /** The remote base URL, or null for the embedded sandbox. */
  String remoteUrl() {
    if (baseUrl != null && env != null) {
      throw new MbxException("give either --env or --base-url, not both");
    }
    if (baseUrl != null) {
      return baseUrl;
    }
    return switch (env == null ? "sandbox" : env.toLowerCase(Locale.ROOT)) {
      case "sandbox" -> null;
      case "testnet" -> "https://testnet.binance.vision";
      case "live" -> "https://api.binance.com";
      default ->
          throw new MbxException(
              "unknown --env: '" + env + "'; use sandbox, testnet or live, or give --base-url");
    };
  }
}
