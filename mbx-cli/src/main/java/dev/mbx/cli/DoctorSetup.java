package dev.mbx.cli;

import dev.mbx.client.SpotClient;
import dev.mbx.core.KeyType;
import dev.mbx.core.Keys;
import dev.mbx.core.MbxException;
import dev.mbx.sandbox.Sandbox;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * {@code mbx doctor} without a request: are the keys there and well-formed, which key type, does
 * the local clock agree with the target's, is the target reachable. Each check prints one line
 * starting with {@code ok}, {@code warn} or {@code FAIL}; any FAIL makes the exit code 1.
 */
final class DoctorSetup {
  private static final Pattern API_KEY = Pattern.compile("[A-Za-z0-9]{64}");
  private static final long CLOCK_WARN_MILLIS = 1_000;

  /** Where the key material comes from; any part may be null. */
  record KeySource(
      String secretEnv, Path secretFile, Path keyFile, String passphraseEnv, Path publicKeyFile) {}

  private final TargetOptions target;
  private final KeySource keys;
  private int failures;

  DoctorSetup(TargetOptions target, KeySource keys) {
    this.target = target;
    this.keys = keys;
  }

  int run(PrintWriter out) {
    checkApiKey(out);
    checkSigningKey(out);
    checkTarget(out);
    out.println(failures == 0 ? "set-up looks fine" : failures + " problem(s) found");
    return failures == 0 ? 0 : Main.EXIT_REJECTED;
  }

  private void checkApiKey(PrintWriter out) {
    String apiKey = System.getenv(TargetOptions.API_KEY_ENV);
    if (apiKey == null || apiKey.isEmpty()) {
      warn(
          out,
          "api key: " + TargetOptions.API_KEY_ENV + " is not set (not needed for the sandbox)");
    } else if (!apiKey.equals(apiKey.strip())) {
      fail(out, "api key: " + TargetOptions.API_KEY_ENV + " has surrounding whitespace; remove it");
    } else if (!API_KEY.matcher(apiKey).matches()) {
      warn(
          out,
          "api key: not 64 letters and digits like Binance's keys ("
              + apiKey.length()
              + " characters)");
    } else {
      ok(out, "api key: " + TargetOptions.API_KEY_ENV + " is set, 64 letters and digits");
    }
  }

  private void checkSigningKey(PrintWriter out) {
    try {
      if (keys.keyFile() != null) {
        KeyType type =
            Keys.typeOf(
                Keys.readPrivateKey(keys.keyFile(), Secrets.passphrase(keys.passphraseEnv())));
        ok(out, "key type: " + type + " private key in " + keys.keyFile());
      } else if (keys.publicKeyFile() != null) {
        KeyType type = Keys.typeOf(Keys.readPublicKey(keys.publicKeyFile()));
        ok(out, "key type: " + type + " public key in " + keys.publicKeyFile() + " (checks only)");
      } else {
        checkSecret(out);
      }
    } catch (MbxException e) {
      fail(out, "key: " + e.getMessage());
    }
  }

  private void checkSecret(PrintWriter out) {
    String from = keys.secretFile() != null ? keys.secretFile().toString() : keys.secretEnv();
    String secret =
        keys.secretFile() != null
            ? Secrets.fromFile(keys.secretFile())
            : System.getenv(keys.secretEnv());
    if (secret == null || secret.isEmpty()) {
      warn(
          out,
          "key: no HMAC secret in " + from + " and no --key-file (not needed for the sandbox)");
    } else if (!secret.equals(secret.strip())) {
      fail(
          out,
          "key: the HMAC secret in "
              + from
              + " has surrounding whitespace or a newline; every signature will be wrong");
    } else if (!API_KEY.matcher(secret).matches()) {
      warn(
          out,
          "key type: HMAC secret in "
              + from
              + " is not 64 letters and digits like Binance's ("
              + secret.length()
              + " characters)");
    } else {
      ok(out, "key type: HMAC secret in " + from + ", 64 letters and digits");
    }
  }

  private void checkTarget(PrintWriter out) {
    String url = target.remoteUrl();
    if (url != null) {
      measureClock(out, url);
      return;
    }
    try (Sandbox sandbox = Sandbox.builder().start()) {
      measureClock(out, sandbox.baseUrl().toString());
      out.println("      (embedded sandbox: its clock is this machine's, so the offset is ~0)");
    }
  }

  private void measureClock(PrintWriter out, String url) {
    try (SpotClient client = SpotClient.builder().baseUrl(url).build()) {
      long sent = System.currentTimeMillis();
      long server = client.serverTime();
      long received = System.currentTimeMillis();
      long offset = server - (sent + (received - sent) / 2);
      ok(out, "target: " + url + " reachable, round trip " + (received - sent) + " ms");
      String clock = "clock: server minus local " + offset + " ms";
      if (Math.abs(offset) >= CLOCK_WARN_MILLIS) {
        fail(
            out,
            clock
                + "; Binance rejects timestamps 1000 ms ahead or older than recvWindow: sync with NTP");
      } else {
        ok(out, clock);
      }
    } catch (MbxException e) {
      fail(out, "target: " + url + " not reachable: " + e.getMessage());
    }
  }

  private static void ok(PrintWriter out, String line) {
    out.println("ok    " + line);
  }

  private static void warn(PrintWriter out, String line) {
    out.println("warn  " + line);
  }

  private void fail(PrintWriter out, String line) {
    failures++;
    out.println("FAIL  " + line);
  }
}
