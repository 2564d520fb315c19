package dev.mbx.cli;

import dev.mbx.core.PercentEncoding;
import dev.mbx.core.Signer;
import dev.mbx.core.Signers;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "sign",
    description = {
      "Print the signature of a payload, exactly as given (already percent-encoded):",
      "hex for an HMAC secret, Base64 for an RSA or Ed25519 private key.",
      "Secrets come from an environment variable or a file, never from the command line.",
      "",
      "Examples:",
      "  mbx sign --secret-env BINANCE_SECRET_KEY 'symbol=LTCBTC&side=BUY&timestamp=1499827319559'",
      "  mbx sign --query 'symbol=LTCBTC&side=BUY' --body 'quantity=1&timestamp=1499827319559'",
      "  mbx sign --key-file ed25519-private.pem 'timestamp=1578963600000'"
    })
final class SignCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin PayloadOptions payload;
  @ArgGroup KeySource key = new KeySource();

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print the payload signed and the signature as it goes on the wire.")
  boolean verbose;

  /** Where the signing key comes from; HMAC from BINANCE_SECRET_KEY unless told otherwise. */
  static final class KeySource {
    @Option(
        names = "--secret-env",
        paramLabel = "VAR",
        description = "Environment variable holding the HMAC secret (default BINANCE_SECRET_KEY).")
    String secretEnv;

    @Option(
        names = "--secret-file",
        paramLabel = "FILE",
        description = "File holding the HMAC secret; one trailing newline is ignored.")
    Path secretFile;

    @Option(
        names = "--key-file",
        paramLabel = "FILE",
        description = "RSA or Ed25519 private key (PKCS#8 or PKCS#1 PEM, maybe encrypted).")
    Path keyFile;
  }

  @Option(
      names = "--passphrase-env",
      paramLabel = "VAR",
      description = "Environment variable holding the passphrase of an encrypted --key-file.")
  String passphraseEnv;

  @Override
  public void run() {
    String signed = payload.payload();
    String signature = signer().sign(signed);
    if (verbose) {
      spec.commandLine().getErr().println("payload: " + signed);
      spec.commandLine()
          .getErr()
          .println("on the wire: signature=" + PercentEncoding.encode(signature));
    }
    spec.commandLine().getOut().println(signature);
  }

  private Signer signer() {
    if (key.keyFile != null) {
      return Signers.load(key.keyFile, Secrets.passphrase(passphraseEnv));
    }
    return Signers.hmac(Secrets.hmacSecret(key.secretEnv, key.secretFile));
  }
}
