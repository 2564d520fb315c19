package dev.mbx.cli;

import dev.mbx.core.Keys;
import dev.mbx.core.PercentEncoding;
import dev.mbx.core.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    description = {
      "Check a signature against a payload with an HMAC secret or a public key.",
      "Prints 'valid' and exits 0, or 'invalid' and exits 1.",
      "",
      "Examples:",
      "  mbx verify --signature c8db5682... 'symbol=LTCBTC&...&timestamp=1499827319559'",
      "  mbx verify --public-key-file ed25519-public.pem --signature 'QN3G...Cg==' "
          + "'timestamp=1578963600000'"
    })
final class VerifyCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PayloadOptions payload;

  @Option(
      names = "--signature",
      required = true,
      paramLabel = "SIG",
      description = "Hex (HMAC) or Base64 (RSA, Ed25519); a percent-encoded Base64 is decoded.")
  String signature;

  @ArgGroup KeySource key = new KeySource();

  static final class KeySource {
    @Option(
        names = "--secret-env",
        paramLabel = "VAR",
        description = "Environment variable holding the HMAC secret (default BINANCE_SECRET_KEY).")
    String secretEnv;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "File holding the secret.")
    Path secretFile;

    @Option(
        names = "--public-key-file",
        paramLabel = "FILE",
        description = "RSA or Ed25519 public key (BEGIN PUBLIC KEY).")
    Path publicKeyFile;
  }

  @Override
  public Integer call() {
    byte[] signed = payload.payload().getBytes(StandardCharsets.UTF_8);
    boolean valid;
    if (key.publicKeyFile != null) {
      valid =
          SignatureVerifier.verify(
              Keys.readPublicKey(key.publicKeyFile), signed, PercentEncoding.decode(signature));
    } else {
      String secret = Secrets.hmacSecret(key.secretEnv, key.secretFile);
      valid = SignatureVerifier.verifyHmac(secret, signed, signature);
    }
    spec.commandLine().getOut().println(valid ? "valid" : "invalid");
    return valid ? 0 : Main.EXIT_REJECTED;
  }
}
