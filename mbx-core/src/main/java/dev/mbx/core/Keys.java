package dev.mbx.core;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads, writes and generates the RSA and Ed25519 keys Binance accepts.
 *
 * <p>Private keys may be PKCS#8 ({@code BEGIN PRIVATE KEY}), encrypted PKCS#8 ({@code BEGIN
 * ENCRYPTED PRIVATE KEY}, with a passphrase) or, for RSA, PKCS#1 ({@code BEGIN RSA PRIVATE KEY}).
 * Public keys are SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}), the form Binance takes. Text as
 * people paste it is tolerated: CRLF line ends, the whole key on one line, literal {@code \n}
 * sequences from JSON or {@code .env} files, and surrounding whitespace.
 *
 * <p>The key type is read from the algorithm OID inside the key, never from the PEM header or the
 * key's length: headers are often wrong after copy and paste, and lengths overlap.
 */
public final class Keys {
  private static final byte[] RSA_OID = {
    0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 1, 1, 1
  };
  private static final byte[] ED25519_OID = {0x2B, 0x65, 0x70};
  private static final byte[] EC_OID = {0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 2, 1};
  private static final Pattern PEM =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

  private Keys() {}

  /**
   * Reads a private key file.
   *
   * @param passphrase the passphrase of an encrypted key, or null
   * @throws KeyLoadingException naming the file and what is wrong with it
   */
  public static PrivateKey readPrivateKey(Path file, char[] passphrase) {
    return parsePrivateKey(read(file), passphrase, file.toString());
  }

  /**
   * Parses a private key from PEM text.
   *
   * @param passphrase the passphrase of an encrypted key, or null
   * @param source names the key in error messages, e.g. a file name
   */
  public static PrivateKey parsePrivateKey(String pem, char[] passphrase, String source) {
    byte[] der = decodePem(pem, source);
    try {
      return privateKeyFromDer(der, passphrase, source);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new KeyLoadingException(
          source + ": not a private key, or damaged (" + e.getMessage() + ")", e);
    }
  }

  /** Reads a public key file (SubjectPublicKeyInfo PEM, {@code BEGIN PUBLIC KEY}). */
  public static PublicKey readPublicKey(Path file) {
    return parsePublicKey(read(file), file.toString());
  }

  /** Parses a public key from PEM text; {@code source} names it in error messages. */
  public static PublicKey parsePublicKey(String pem, String source) {
    byte[] der = decodePem(pem, source);
    try {
      List<Der.Element> fields = Der.parse(der).children();
      KeyType type = typeOf(fields.get(0).children().get(0), source);
      return KeyFactory.getInstance(jcaName(type)).generatePublic(new X509EncodedKeySpec(der));
    } catch (IllegalArgumentException | IndexOutOfBoundsException | GeneralSecurityException e) {
      throw new KeyLoadingException(
          source + ": not a public key (BEGIN PUBLIC KEY), or damaged", e);
    }
  }

  /** The Binance key type of an RSA or Ed25519 key. */
  public static KeyType typeOf(Key key) {
    return switch (key.getAlgorithm()) {
      case "RSA" -> KeyType.RSA;
      case "Ed25519", "EdDSA" -> KeyType.ED25519;
      default ->
          throw new KeyLoadingException(
              "unsupported key algorithm: "
                  + key.getAlgorithm()
                  + "; Binance takes RSA and Ed25519");
    };
  }

  /** Generates a key pair: RSA 2048 bits or Ed25519. */
  public static KeyPair generate(KeyType type) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(jcaName(type));
      if (type == KeyType.RSA) {
        generator.initialize(2048);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate " + type + " keys", e);
    }
  }

  /** PEM text of a private key as unencrypted PKCS#8 ({@code BEGIN PRIVATE KEY}). */
  public static String toPem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  /** PEM text of a public key as SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}). */
  public static String toPem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  static String jcaName(KeyType type) {
    return switch (type) {
      case RSA -> "RSA";
      case ED25519 -> "Ed25519";
      case HMAC -> throw new IllegalArgumentException("HMAC keys are secrets, not key pairs");
    };
  }

  private static String pem(String label, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new KeyLoadingException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new KeyLoadingException(
          file + ": not a PEM text file (binary or not UTF-8); convert DER with openssl", e);
    } catch (IOException e) {
      throw new KeyLoadingException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The DER bytes inside PEM text, after undoing what copy and paste does to it. */
  private static byte[] decodePem(String text, String source) {
    String normalized = text.replace("\\r", "").replace("\\n", "\n").strip();
    Matcher matcher = PEM.matcher(normalized);
    String base64 = matcher.find() ? matcher.group(2) : normalized;
    try {
      return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new KeyLoadingException(source + ": not a PEM key: the Base64 text is damaged", e);
    }
  }

  private static PrivateKey privateKeyFromDer(byte[] der, char[] passphrase, String source) {
    List<Der.Element> fields = Der.parse(der).children();
    if (isPublicKeyInfo(fields)) {
      throw new KeyLoadingException(
          source + ": a public key; signing needs the private key (BEGIN PRIVATE KEY)");
    }
    if (fields.size() == 2 && fields.get(0).tag() == Der.SEQUENCE) {
      return privateKeyFromDer(decrypt(der, passphrase, source), null, source);
    }
    if (fields.size() >= 9 && fields.stream().allMatch(field -> field.tag() == Der.INTEGER)) {
      return generatePrivate(KeyType.RSA, wrapPkcs1(der), source);
    }
    if (fields.size() >= 3 && fields.get(1).tag() == Der.SEQUENCE) {
      return generatePrivate(typeOf(fields.get(1).children().get(0), source), der, source);
    }
    throw new KeyLoadingException(source + ": not a PKCS#8 or PKCS#1 private key");
  }

  /**
   * SubjectPublicKeyInfo is, like EncryptedPrivateKeyInfo, a SEQUENCE of an algorithm and one more
   * field; only that field's type (BIT STRING, not OCTET STRING) tells a pasted public key apart.
   */
  private static boolean isPublicKeyInfo(List<Der.Element> fields) {
    return fields.size() == 2
        && fields.get(0).tag() == Der.SEQUENCE
        && fields.get(1).tag() == Der.BIT_STRING;
  }

  private static KeyType typeOf(Der.Element oid, String source) {
    byte[] value = oid.content();
    if (Arrays.equals(value, RSA_OID)) {
      return KeyType.RSA;
    }
    if (Arrays.equals(value, ED25519_OID)) {
      return KeyType.ED25519;
    }
    String kind = Arrays.equals(value, EC_OID) ? "an EC (ECDSA) key" : "a key of an unknown type";
    throw new KeyLoadingException(source + ": " + kind + "; Binance takes RSA and Ed25519 keys");
  }

  private static PrivateKey generatePrivate(KeyType type, byte[] pkcs8, String source) {
    try {
      return KeyFactory.getInstance(jcaName(type)).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new KeyLoadingException(source + ": damaged " + type + " private key", e);
    }
  }

  /** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey: version 0, rsaEncryption, the key. */
  private static byte[] wrapPkcs1(byte[] pkcs1) {
    byte[] algorithm =
        Der.encode(Der.SEQUENCE, Der.encode(Der.OID, RSA_OID), new byte[] {Der.NULL, 0});
    return Der.encode(
        Der.SEQUENCE,
        Der.encode(Der.INTEGER, new byte[] {0}),
        algorithm,
        Der.encode(Der.OCTET_STRING, pkcs1));
  }

  /**
   * Decrypts an EncryptedPrivateKeyInfo. The cipher name comes from the key's own parameters (for
   * OpenSSL's default PBES2 that is e.g. {@code PBEWithHmacSHA256AndAES_256}).
   */
  private static byte[] decrypt(byte[] der, char[] passphrase, String source) {
    if (passphrase == null) {
      throw new KeyLoadingException(source + ": the key is encrypted; give its passphrase");
    }
    EncryptedPrivateKeyInfo info;
    String cipherName;
    try {
      info = new EncryptedPrivateKeyInfo(der);
      AlgorithmParameters parameters = info.getAlgParameters();
      cipherName = parameters == null ? info.getAlgName() : parameters.toString();
      SecretKeyFactory factory = SecretKeyFactory.getInstance(cipherName);
      Cipher cipher = Cipher.getInstance(cipherName);
      cipher.init(
          Cipher.DECRYPT_MODE, factory.generateSecret(new PBEKeySpec(passphrase)), parameters);
      byte[] pkcs8 = info.getKeySpec(cipher).getEncoded();
      Der.parse(pkcs8);
      return pkcs8;
    } catch (IOException e) {
      throw new KeyLoadingException(source + ": damaged encrypted private key", e);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new KeyLoadingException(
          source + ": wrong passphrase, or the encrypted key is damaged", e);
    }
  }
}
