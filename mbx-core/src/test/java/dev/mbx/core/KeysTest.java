package dev.mbx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeysTest {
  private static final char[] PASSPHRASE = "correct-horse".toCharArray();
  private static final String RSA_TIMESTAMP_SIGNATURE =
      SigningVectors.root().path("rsa").path("vectors").get(0).path("signature").asText();
  private static final String ED25519_TIMESTAMP_SIGNATURE =
      SigningVectors.root().path("ed25519").path("vectors").get(1).path("signature").asText();

  @TempDir Path dir;

  @Test
  void readPrivateKey_pkcs1Rsa_signsLikeThePkcs8File() {
    Signer signer = Signers.load(resource("/keys/rsa2048-pkcs1.pem"), null);

    assertThat(signer.keyType()).isEqualTo(KeyType.RSA);
    assertThat(signer.sign("timestamp=1578963600000")).isEqualTo(RSA_TIMESTAMP_SIGNATURE);
  }

  @Test
  void readPrivateKey_encryptedRsaWithPassphrase_signsLikeThePlainKey() {
    Signer signer = Signers.load(resource("/keys/rsa2048-encrypted.pem"), PASSPHRASE);

    assertThat(signer.sign("timestamp=1578963600000")).isEqualTo(RSA_TIMESTAMP_SIGNATURE);
  }

  @Test
  void readPrivateKey_encryptedEd25519WithPassphrase_signsLikeThePlainKey() {
    Signer signer = Signers.load(resource("/keys/ed25519-encrypted.pem"), PASSPHRASE);

    assertThat(signer.keyType()).isEqualTo(KeyType.ED25519);
    assertThat(signer.sign("timestamp=1578963600000")).isEqualTo(ED25519_TIMESTAMP_SIGNATURE);
  }

  @Test
  void readPrivateKey_wrongPassphrase_namesFileAndProblem() {
    Path file = resource("/keys/rsa2048-encrypted.pem");

    assertThatThrownBy(() -> Keys.readPrivateKey(file, "wrong".toCharArray()))
        .isInstanceOf(KeyLoadingException.class)
        .hasMessage(file + ": wrong passphrase, or the encrypted key is damaged");
  }

  @Test
  void readPrivateKey_encryptedWithoutPassphrase_asksForIt() {
    Path file = resource("/keys/ed25519-encrypted.pem");

    assertThatThrownBy(() -> Keys.readPrivateKey(file, null))
        .hasMessage(file + ": the key is encrypted; give its passphrase");
  }

  @Test
  void readPrivateKey_ecKey_isRefusedByType() {
    Path file = resource("/keys/ec-p256.pem");

    assertThatThrownBy(() -> Keys.readPrivateKey(file, null))
        .hasMessage(file + ": an EC (ECDSA) key; Binance takes RSA and Ed25519 keys");
  }

  @Test
  void readPrivateKey_damagedBase64_namesFile() throws IOException {
    Path file = dir.resolve("damaged.pem");
    Files.writeString(
        file, "-----BEGIN PRIVATE KEY-----\nMC4C!!AQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----\n");

    assertThatThrownBy(() -> Keys.readPrivateKey(file, null))
        .isInstanceOf(KeyLoadingException.class)
        .hasMessage(file + ": not a PEM key: the Base64 text is damaged");
  }

  @Test
  void readPrivateKey_lengthDamaged_namesFileAndProblem() throws IOException {
    String pem = text("/vectors/keys/ed25519-fix-example.pem");
    Path file = dir.resolve("truncated.pem");
    Files.writeString(file, pem.replace("-----END", "AAAA\n-----END").replaceFirst("MC4C", "MC8C"));

    assertThatThrownBy(() -> Keys.readPrivateKey(file, null))
        .isInstanceOf(KeyLoadingException.class)
        .hasMessage(
            file + ": not a private key, or damaged (trailing bytes after the key structure)");
  }

  @Test
  void readPrivateKey_publicKeyFile_saysItIsThePublicHalf() {
    Path file = resource("/vectors/keys/ed25519-fix-example.pub.pem");

    assertThatThrownBy(() -> Keys.readPrivateKey(file, null))
        .isInstanceOf(KeyLoadingException.class)
        .hasMessage(file + ": a public key; signing needs the private key (BEGIN PRIVATE KEY)");
  }

  @Test
  void readPrivateKey_publicKeyFileWithPassphrase_saysItIsThePublicHalf() {
    Path file = resource("/vectors/keys/rsa2048-signature-examples.pub.pem");

    assertThatThrownBy(() -> Keys.readPrivateKey(file, PASSPHRASE))
        .hasMessage(file + ": a public key; signing needs the private key (BEGIN PRIVATE KEY)");
  }

  @Test
  void readPrivateKey_binaryFile_saysItIsNotText() throws IOException {
    Path file = dir.resolve("key.der");
    Files.write(file, new byte[] {0x30, (byte) 0x82, (byte) 0xFF, (byte) 0xFE, 0x00});

    assertThatThrownBy(() -> Keys.readPrivateKey(file, null))
        .isInstanceOf(KeyLoadingException.class)
        .hasMessage(file + ": not a PEM text file (binary or not UTF-8); convert DER with openssl");
  }

  @Test
  void readPrivateKey_missingFile_saysSo() {
    Path file = dir.resolve("absent.pem");

    assertThatThrownBy(() -> Keys.readPrivateKey(file, null)).hasMessage(file + ": no such file");
  }

  @Test
  void parsePrivateKey_pastedForms_allGiveTheSameKey() {
    String pem = text("/vectors/keys/ed25519-fix-example.pem");
    PrivateKey expected = Keys.parsePrivateKey(pem, null, "original");

    for (String variant :
        new String[] {
          pem.replace("\n", "\r\n"),
          pem.replace("\n", " "),
          pem.replace("\n", ""),
          pem.strip().replace("\n", "\\n"),
          "\n\t  " + pem + "  \n\n"
        }) {
      assertThat(Keys.parsePrivateKey(variant, null, "variant").getEncoded())
          .isEqualTo(expected.getEncoded());
    }
  }

  @Test
  void parsePrivateKey_rsaKeyUnderWrongHeader_isStillRsaByItsOid() {
    String pem =
        text("/vectors/keys/rsa2048-signature-examples.pem").replace("PRIVATE KEY", "ED25519 KEY");

    assertThat(Keys.typeOf(Keys.parsePrivateKey(pem, null, "mislabelled"))).isEqualTo(KeyType.RSA);
  }

  @ParameterizedTest
  @EnumSource(
      value = KeyType.class,
      names = {"RSA", "ED25519"})
  void generate_writtenAndReadBack_signsAndVerifies(KeyType type) throws IOException {
    KeyPair pair = Keys.generate(type);
    Path privateFile = dir.resolve("key.pem");
    Files.writeString(privateFile, Keys.toPem(pair.getPrivate()));
    byte[] payload = "timestamp=1578963600000".getBytes(StandardCharsets.UTF_8);

    String signature = Signers.load(privateFile, null).sign(payload);

    assertThat(
            SignatureVerifier.verify(
                Keys.parsePublicKey(Keys.toPem(pair.getPublic()), "pub"), payload, signature))
        .isTrue();
  }

  @Test
  void signerToString_doesNotRevealKey() {
    Signer signer = Signers.load(resource("/vectors/keys/ed25519-fix-example.pem"), null);

    assertThat(signer.toString()).isEqualTo("Signer[ED25519, key=***]");
  }

  private static Path resource(String name) {
    try {
      return Path.of(KeysTest.class.getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(String name) {
    try {
      return Files.readString(resource(name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
