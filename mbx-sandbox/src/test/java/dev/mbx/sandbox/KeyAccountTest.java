package dev.mbx.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mbx.core.KeyLoadingException;
import dev.mbx.core.KeyType;
import dev.mbx.core.Keys;
import dev.mbx.sandbox.TestHttp.Reply;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts that hold an RSA or Ed25519 public key, checked with the published-key vectors: the
 * signatures were computed with openssl, not with mbx.
 */
class KeyAccountTest {
  private static final String ED25519_KEY = "ed25519Account";
  private static final String RSA_KEY = "rsaAccount";
  private static final long ACCOUNT_VECTOR_TIME = 1578963600000L;
  private static final long ORDER_VECTOR_TIME = 1499827319559L;

  private Sandbox sandbox;
  private TestHttp http;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void account_ed25519VectorEncodedOnTheWire_isAccepted() {
    start(ACCOUNT_VECTOR_TIME);
    JsonNode vector = vector("ed25519", "timestamp=1578963600000");

    Reply reply = account(ED25519_KEY, vector.path("signature_on_wire").asText());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("balances").toString()).contains("\"asset\":\"USDT\"");
  }

  @Test
  void account_rsaVectorEncodedOnTheWire_isAccepted() {
    start(ACCOUNT_VECTOR_TIME);
    JsonNode vector = vector("rsa", "timestamp=1578963600000");

    Reply reply = account(RSA_KEY, vector.path("signature_on_wire").asText());

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void account_rsaSignatureWithPlusNotEncoded_arrivesAsSpaceAndIsRejectedWith1022() {
    start(ACCOUNT_VECTOR_TIME);
    String signature = vector("rsa", "timestamp=1578963600000").path("signature").asText();
    assertThat(signature).contains("+");

    Reply reply = account(RSA_KEY, signature);

    assertInvalidSignature(reply);
  }

  @Test
  void testOrder_ed25519AndRsaVectorsOverH1Payload_areAccepted() {
    start(ORDER_VECTOR_TIME);
    String payload = TestHttp.vector("rest_hmac", "H1").path("query").asText();

    for (String group : new String[] {"ed25519", "rsa"}) {
      String signature = vector(group, payload).path("signature_on_wire").asText();
      String apiKey = group.equals("rsa") ? RSA_KEY : ED25519_KEY;

      Reply reply =
          http.send("POST", "/api/v3/order/test", "", payload + "&signature=" + signature, apiKey);

      assertThat(reply.status()).as(group).isEqualTo(200);
    }
  }

  @Test
  void account_ed25519KeyGivenHexHmacSignature_isRejectedWith1022Not1100() {
    start(ACCOUNT_VECTOR_TIME);
    String hex = TestHttp.hmac("any-secret", "timestamp=" + ACCOUNT_VECTOR_TIME);

    assertInvalidSignature(account(ED25519_KEY, hex));
  }

  @Test
  void account_ed25519KeyGivenTextThatIsNotBase64_isRejectedWith1022() {
    start(ACCOUNT_VECTOR_TIME);

    assertInvalidSignature(account(ED25519_KEY, "%3Csha256+HASH+object%3E"));
  }

  @Test
  void account_ed25519SignatureOfAnotherKey_isRejectedWith1022() throws Exception {
    start(ACCOUNT_VECTOR_TIME);
    Signature other = Signature.getInstance("Ed25519");
    other.initSign(Keys.generate(KeyType.ED25519).getPrivate());
    other.update(("timestamp=" + ACCOUNT_VECTOR_TIME).getBytes(StandardCharsets.UTF_8));
    String signature = Base64.getEncoder().encodeToString(other.sign());

    Reply reply = account(ED25519_KEY, URLEncoder.encode(signature, StandardCharsets.UTF_8));

    assertInvalidSignature(reply);
  }

  @Test
  void addKeyAccount_ecKey_isRefused() throws Exception {
    start(ACCOUNT_VECTOR_TIME);
    PublicKey ec = KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic();

    assertThatThrownBy(() -> sandbox.addKeyAccount("ecAccount", ec, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("public key must be RSA or Ed25519: EC");
  }

  @Test
  void addKeyAccount_apiKeyAlreadyTaken_isRefused() {
    start(ACCOUNT_VECTOR_TIME);
    PublicKey key = Keys.readPublicKey(keyFile("ed25519-fix-example.pub.pem"));

    assertThatThrownBy(() -> sandbox.addKeyAccount(RSA_KEY, key, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("api key already has an account: " + RSA_KEY);
  }

  @Test
  void main_accountOption_registersPublicKeyFileWithDemoBalances() {
    Sandbox.Builder builder =
        SandboxMain.parse(
            new String[] {
              "--account", "fromMain=" + keyFile("ed25519-fix-example.pub.pem"), "--port", "0"
            });
    sandbox = builder.clock(fixedAt(ACCOUNT_VECTOR_TIME)).start();
    http = new TestHttp(sandbox);
    String signature =
        vector("ed25519", "timestamp=1578963600000").path("signature_on_wire").asText();

    Reply reply = account("fromMain", signature);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("balances").toString())
        .contains("{\"asset\":\"USDT\",\"free\":\"10000.00000000\",\"locked\":\"0.00000000\"}");
  }

  @Test
  void main_accountOptionWithPrivateKeyFile_failsNamingTheFile() {
    Path privateKey = keyFile("ed25519-fix-example.pem");

    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--account", "k=" + privateKey}))
        .isInstanceOf(KeyLoadingException.class)
        .hasMessageStartingWith(privateKey.toString() + ": ");
  }

  @Test
  void main_accountOptionWithoutEquals_saysTheForm(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("k.pem"), "x");

    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--account", file.toString()}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--account takes API_KEY=PUBLIC_KEY_PEM_FILE: " + file);
  }

  private void start(long millis) {
    sandbox =
        Sandbox.builder()
            .clock(fixedAt(millis))
            .keyAccount(ED25519_KEY, Keys.readPublicKey(keyFile("ed25519-fix-example.pub.pem")))
            .start();
    sandbox.addKeyAccount(
        RSA_KEY,
        Keys.readPublicKey(keyFile("rsa2048-signature-examples.pub.pem")),
        Map.of("LTC", BigDecimal.TEN));
    http = new TestHttp(sandbox);
  }

  private Reply account(String apiKey, String signatureOnWire) {
    String query = "timestamp=" + ACCOUNT_VECTOR_TIME + "&signature=" + signatureOnWire;
    return http.send("GET", "/api/v3/account", query, "", apiKey);
  }

  private static Clock fixedAt(long millis) {
    return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  private static JsonNode vector(String group, String payload) {
    for (JsonNode vector : TestHttp.vectors().path(group).path("vectors")) {
      if (vector.path("payload").asText().equals(payload)) {
        return vector;
      }
    }
    throw new AssertionError("no " + group + " vector for " + payload);
  }

  private static Path keyFile(String name) {
    try {
      return Path.of(KeyAccountTest.class.getResource("/vectors/keys/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertInvalidSignature(Reply reply) {
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1022);
    assertThat(reply.msg()).isEqualTo("Signature for this request is not valid.");
  }
}
