package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mbx sign}, {@code verify} and {@code keygen} against Binance's published vectors. */
class SignCommandTest {
  private static final String SECRET =
      "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  private static final String H1 =
      "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000"
          + "&timestamp=1499827319559";

  @TempDir Path dir;
  private Path secretFile;

  @BeforeEach
  void writeSecret() throws IOException {
    secretFile = Files.writeString(dir.resolve("secret"), SECRET + "\n");
  }

  @Test
  void sign_h1Payload_printsPublishedSignature() {
    Cli cli = Cli.run("sign", "--secret-file", secretFile.toString(), H1);

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .isEqualTo("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71\n");
  }

  @Test
  void sign_h3QueryAndBody_printsPublishedSignature() {
    Cli cli =
        Cli.run(
            "sign",
            "--secret-file",
            secretFile.toString(),
            "--query",
            "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC",
            "--body",
            "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559");

    assertThat(cli.out())
        .isEqualTo("0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77\n");
  }

  @Test
  void sign_publishedEd25519Key_printsVectorSignature() {
    Path key = Cli.resource("/vectors/keys/ed25519-fix-example.pem");

    Cli cli = Cli.run("sign", "--key-file", key.toString(), "timestamp=1578963600000");

    assertThat(cli.out())
        .isEqualTo(
            "QN3GM0iSGzvvIYiBzzP8vPqSbsXIb4WHczOiPdjb8THQKuxZR1KOsBtZQFEewBQgMQfhDvwPoo6bkRi2ui4hCg==\n");
  }

  @Test
  void sign_noPayload_saysWhatIsMissing() {
    Cli cli = Cli.run("sign", "--secret-file", secretFile.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("mbx: no payload: give PAYLOAD, or --query and/or --body\n");
  }

  @Test
  void keygen_ed25519_writesPrivateKeyOwnerOnlyAndItSignsAndVerifies() throws IOException {
    Path out = dir.resolve("keys");

    Cli keygen = Cli.run("keygen", "ed25519", "--out", out.toString());

    Path privateKey = out.resolve("ed25519-private.pem");
    assertThat(keygen.exitCode()).isZero();
    assertThat(keygen.out())
        .contains("-----BEGIN PUBLIC KEY-----")
        .doesNotContain("PRIVATE KEY-----");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
        .isEqualTo("rw-------");
    String signature =
        Cli.run("sign", "--key-file", privateKey.toString(), "timestamp=1578963600000")
            .out()
            .strip();
    assertThat(signature).hasSize(88).endsWith("==");
    Cli verify =
        Cli.run(
            "verify",
            "--public-key-file",
            out.resolve("ed25519-public.pem").toString(),
            "--signature",
            signature,
            "timestamp=1578963600000");
    assertThat(verify.out()).isEqualTo("valid\n");
  }

  @Test
  void keygen_existingKey_isNotOverwritten() throws IOException {
    Path out = dir.resolve("keys");
    Cli.run("keygen", "rsa", "--out", out.toString());
    String first = Files.readString(out.resolve("rsa-private.pem"));

    Cli again = Cli.run("keygen", "rsa", "--out", out.toString());

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("already exists");
    assertThat(Files.readString(out.resolve("rsa-private.pem"))).isEqualTo(first);
  }

  @Test
  void verify_wrongHmacSignature_printsInvalidAndFails() {
    Cli cli =
        Cli.run(
            "verify",
            "--secret-file",
            secretFile.toString(),
            "--signature",
            "23e9efa3ced6e70c7f2dbe0d08295f18f94b0cbd5c6026677e3bc51897ee31f2",
            H1);

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).isEqualTo("invalid\n");
  }
}
