package dev.mbx.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mbx.sandbox.TestHttp.Reply;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published HMAC vectors and the negative ones, sent over loopback to a sandbox whose clock
 * stands at the vectors' timestamp and which knows the published example key pair.
 */
class SignatureVerificationTest {
  private static final long VECTOR_TIME = 1499827319559L;
  private static final String TEST_ORDER = "/api/v3/order/test";
  private static final String ORDER_PARAMS =
      "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1";

  private Sandbox sandbox;
  private TestHttp http;
  private Credentials key;

  @BeforeEach
  void start() {
    Clock clock = Clock.fixed(Instant.ofEpochMilli(VECTOR_TIME), ZoneOffset.UTC);
    sandbox = Sandbox.builder().clock(clock).start();
    JsonNode hmacKey = TestHttp.vectors().path("hmac_key");
    key = new Credentials(hmacKey.path("apiKey").asText(), hmacKey.path("secretKey").asText());
    sandbox.addHmacAccount(
        key.apiKey(), key.secretKey(), Map.of("BTC", BigDecimal.TEN, "LTC", BigDecimal.TEN));
    http = new TestHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void testOrder_vectorH1InQuery_isAccepted() {
    JsonNode h1 = TestHttp.vector("rest_hmac", "H1");

    Reply reply = sendVector(h1.path("query").asText(), "", h1.path("signature").asText());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.raw().body()).isEqualTo("{}");
  }

  @Test
  void testOrder_vectorH2InBody_isAccepted() {
    JsonNode h2 = TestHttp.vector("rest_hmac", "H2");

    Reply reply = sendVector("", h2.path("body").asText(), h2.path("signature").asText());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.raw().body()).isEqualTo("{}");
  }

  @Test
  void testOrder_vectorH3MixedQueryAndBody_isAccepted() {
    JsonNode h3 = TestHttp.vector("rest_hmac", "H3");

    Reply reply =
        sendVector(
            h3.path("query").asText(), h3.path("body").asText(), h3.path("signature").asText());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.raw().body()).isEqualTo("{}");
  }

  @Test
  void testOrder_vectorN2UpperCaseHex_isAccepted() {
    JsonNode n2 = TestHttp.vector("rest_negative", "N2");

    Reply reply = sendVector(n2.path("query_sent").asText(), "", n2.path("signature").asText());

    assertThat(n2.path("expect_code").isNull()).isTrue();
    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void testOrder_vectorH4EncodedNonAsciiSymbol_passesSignatureThenFailsSymbol() {
    JsonNode h4 = TestHttp.vector("rest_hmac", "H4");

    Reply reply = sendVector(h4.path("query").asText(), "", h4.path("signature").asText());

    assertThat(reply.code()).isEqualTo(-1121);
    assertThat(reply.msg()).isEqualTo("Invalid symbol.");
  }

  @Test
  void rejectedSignedRequest_isLoggedWithReasonButNeverTheSecret() {
    List<String> messages;
    try (CapturedLog log = new CapturedLog()) {
      JsonNode n3 = TestHttp.vector("rest_negative", "N3");
      sendVector(n3.path("query_sent").asText(), "", n3.path("signature").asText());
      messages = log.messages();
    }

    assertThat(messages).anyMatch(m -> m.contains("-1022"));
    assertThat(messages).noneMatch(m -> m.contains(key.secretKey()));
  }

  @Test
  void testOrder_vectorN1UnencodedPayloadSignature_isRejectedWith1022() {
    JsonNode n1 = TestHttp.vector("rest_negative", "N1");

    Reply reply = sendVector(n1.path("query_sent").asText(), "", n1.path("signature").asText());

    assertThat(reply.code()).isEqualTo(n1.path("expect_code").asInt());
    assertInvalidSignature(reply);
  }

  @Test
  void testOrder_vectorN3HashOfSecret_isRejectedWith1022() {
    JsonNode n3 = TestHttp.vector("rest_negative", "N3");

    Reply reply = sendVector(n3.path("query_sent").asText(), "", n3.path("signature").asText());

    assertThat(reply.code()).isEqualTo(n3.path("expect_code").asInt());
    assertInvalidSignature(reply);
  }

  @Test
  void testOrder_vectorN4HashObjectText_isRejectedWith1100AndPattern() {
    JsonNode n4 = TestHttp.vector("rest_negative", "N4");
    String signature = URLEncoder.encode(n4.path("signature").asText(), StandardCharsets.UTF_8);

    Reply reply = sendVector(n4.path("query_sent").asText(), "", signature);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(n4.path("expect_code").asInt()).isEqualTo(-1100);
    assertThat(reply.msg()).isEqualTo(n4.path("expect_msg").asText());
  }

  @Test
  void testOrder_vectorN5SignedWithAmpersandAtJoin_isRejectedWith1022() {
    JsonNode n5 = TestHttp.vector("rest_negative", "N5");

    Reply reply =
        sendVector(
            n5.path("query_sent").asText(),
            n5.path("body_sent").asText(),
            n5.path("signature").asText());

    assertThat(reply.code()).isEqualTo(n5.path("expect_code").asInt());
    assertInvalidSignature(reply);
  }

  @Test
  void testOrder_signatureNotLastInQuery_isRejectedWith1022() {
    String before = ORDER_PARAMS;
    String after = "recvWindow=5000&timestamp=" + VECTOR_TIME;
    String signature = TestHttp.hmac(key.secretKey(), before + "&" + after);

    Reply reply =
        http.send(
            "POST", TEST_ORDER, before + "&signature=" + signature + "&" + after, "", key.apiKey());

    assertInvalidSignature(reply);
  }

  @Test
  void testOrder_signatureFirstInBody_isRejectedWith1022() {
    String body = ORDER_PARAMS + "&timestamp=" + VECTOR_TIME;
    String signature = TestHttp.hmac(key.secretKey(), body);

    Reply reply =
        http.send("POST", TEST_ORDER, "", "signature=" + signature + "&" + body, key.apiKey());

    assertInvalidSignature(reply);
  }

  @Test
  void testOrder_signatureLastInQueryWhileBodyHoldsTheRest_isAccepted() {
    String query = "symbol=LTCBTC&side=BUY&type=LIMIT";
    String body = "timeInForce=GTC&quantity=1&price=0.1&timestamp=" + VECTOR_TIME;
    String signature = TestHttp.hmac(key.secretKey(), query + body);

    Reply reply =
        http.send("POST", TEST_ORDER, query + "&signature=" + signature, body, key.apiKey());

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void testOrder_signatureInBothQueryAndBody_isRejectedWith1022() {
    String query = "symbol=LTCBTC&side=BUY&type=LIMIT";
    String body = "timeInForce=GTC&quantity=1&price=0.1&timestamp=" + VECTOR_TIME;
    String signature = TestHttp.hmac(key.secretKey(), query + body);
    String pair = "&signature=" + signature;

    Reply reply = http.send("POST", TEST_ORDER, query + pair, body + pair, key.apiKey());

    assertInvalidSignature(reply);
  }

  @Test
  void testOrder_parameterNameInWrongCase_isRejectedWith1104AndCounts() {
    String query =
        "Symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&timestamp="
            + VECTOR_TIME;

    Reply reply = http.signed("POST", TEST_ORDER, query, "", key);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1104);
    assertThat(reply.msg())
        .isEqualTo("Not all sent parameters were read; read '7' parameter(s) but was sent '8'.");
  }

  @Test
  void newOrder_newClientOrderIdMisspelt_isRejectedWith1104LikePythonBinance3() {
    String query = ORDER_PARAMS + "&newClientOrderID=abc&timestamp=" + VECTOR_TIME;

    Reply reply = http.signed("POST", "/api/v3/order", query, "", key);

    assertThat(reply.code()).isEqualTo(-1104);
    assertThat(reply.msg())
        .isEqualTo("Not all sent parameters were read; read '8' parameter(s) but was sent '9'.");
  }

  @Test
  void account_unknownParameter_isRejectedWith1104() {
    Reply reply =
        http.signed(
            "GET", "/api/v3/account", "timestamp=" + VECTOR_TIME + "&omitZero=true", "", key);

    assertThat(reply.code()).isEqualTo(-1104);
    assertThat(reply.msg())
        .isEqualTo("Not all sent parameters were read; read '2' parameter(s) but was sent '3'.");
  }

  /** Public endpoints read by name too (sieblyio/binance#298: "read '0' ... sent '1'"). */
  @Test
  void exchangeInfo_unknownParameter_isRejectedWith1104() {
    Reply reply = http.get("/api/v3/exchangeInfo?symbolz=BTCUSDT");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.msg())
        .isEqualTo("Not all sent parameters were read; read '0' parameter(s) but was sent '1'.");
  }

  @Test
  void testOrder_everyDocumentedParameter_isReadEvenWhereUnused() {
    String query =
        ORDER_PARAMS
            + "&newOrderRespType=ACK&selfTradePreventionMode=NONE&computeCommissionRates=false"
            + "&strategyId=1&recvWindow=5000&timestamp="
            + VECTOR_TIME;

    Reply reply = http.signed("POST", TEST_ORDER, query, "", key);

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void testOrder_parameterRepeatedInBody_isRejectedWith1101() {
    String body = ORDER_PARAMS + "&quantity=2&timestamp=" + VECTOR_TIME;

    Reply reply = http.signed("POST", TEST_ORDER, "", body, key);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1101);
    assertThat(reply.msg()).isEqualTo("Duplicate values for a parameter detected.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-1", ".1", "0,1", "+0.1", "0.1 ", "１"})
  void testOrder_priceOutsideBinanceDecimalFormat_isRejectedWith1100AndPattern(String price) {
    String query =
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price="
            + URLEncoder.encode(price, StandardCharsets.UTF_8).replace("+", "%20")
            + "&timestamp="
            + VECTOR_TIME;

    Reply reply = http.signed("POST", TEST_ORDER, query, "", key);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1100);
    assertThat(reply.msg())
        .isEqualTo(
            "Illegal characters found in parameter 'price'; legal range is"
                + " '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
  }

  @Test
  void testOrder_timestamp70SecondsOld_isOutsideRecvWindow() {
    Reply reply = signedAt(VECTOR_TIME - 70_000, "");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1021);
    assertThat(reply.msg()).isEqualTo("Timestamp for this request is outside of the recvWindow.");
  }

  @Test
  void testOrder_timestamp2SecondsAhead_isAheadOfServerTime() {
    Reply reply = signedAt(VECTOR_TIME + 2_000, "");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1021);
    assertThat(reply.msg())
        .isEqualTo("Timestamp for this request was 1000ms ahead of the server's time.");
  }

  @Test
  void testOrder_timestampAtTheEdges_followsBinanceInequalities() {
    assertThat(signedAt(VECTOR_TIME - 5_000, "").status()).isEqualTo(200);
    assertThat(signedAt(VECTOR_TIME + 999, "").status()).isEqualTo(200);
    assertThat(signedAt(VECTOR_TIME + 1_000, "").code()).isEqualTo(-1021);
    assertThat(signedAt(VECTOR_TIME - 5_001, "").code()).isEqualTo(-1021);
    assertThat(signedAt(VECTOR_TIME - 60_000, "&recvWindow=60000").status()).isEqualTo(200);
  }

  @Test
  void testOrder_timestampInMicroseconds_isAccepted() {
    String query = ORDER_PARAMS + "&timestamp=" + (VECTOR_TIME * 1_000 - 4_999_999);

    Reply reply = http.signed("POST", TEST_ORDER, query, "", key);

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void testOrder_timestampInMicrosecondsOneMicroTooOld_isOutsideRecvWindow() {
    String query = ORDER_PARAMS + "&timestamp=" + (VECTOR_TIME * 1_000 - 5_000_001);

    Reply reply = http.signed("POST", TEST_ORDER, query, "", key);

    assertThat(reply.code()).isEqualTo(-1021);
    assertThat(reply.msg()).isEqualTo("Timestamp for this request is outside of the recvWindow.");
  }

  @Test
  void testOrder_recvWindowWithThreeDecimals_isComparedInMicroseconds() {
    long serverMicros = VECTOR_TIME * 1_000;
    String window = "&recvWindow=6000.346";

    Reply inside = signedAt(serverMicros - 6_000_346, window);
    Reply outside = signedAt(serverMicros - 6_000_347, window);

    assertThat(inside.status()).isEqualTo(200);
    assertThat(outside.code()).isEqualTo(-1021);
  }

  @Test
  void testOrder_recvWindowWithFourDecimals_isRejectedWith1111() {
    Reply reply = signedAt(VECTOR_TIME, "&recvWindow=6000.3461");

    assertThat(reply.code()).isEqualTo(-1111);
    assertThat(reply.msg()).isEqualTo("Parameter 'recvWindow' has too much precision.");
  }

  @Test
  void testOrder_timestampTenSecondsAhead_isRejectedWith1021() {
    Reply reply = signedAt(VECTOR_TIME + 10_000, "");

    assertThat(reply.code()).isEqualTo(-1021);
    assertThat(reply.msg())
        .isEqualTo("Timestamp for this request was 1000ms ahead of the server's time.");
  }

  @Test
  void testOrder_timestampBefore2017_isRejectedEvenInsideTheWindow() {
    sandbox.close();
    long lastSecondOf2016 = 1483228799000L;
    sandbox =
        Sandbox.builder()
            .clock(Clock.fixed(Instant.ofEpochMilli(lastSecondOf2016 + 500), ZoneOffset.UTC))
            .start();
    sandbox.addHmacAccount(key.apiKey(), key.secretKey(), Map.of());
    http = new TestHttp(sandbox);

    Reply before2017 = signedAt(lastSecondOf2016, "");

    assertThat(before2017.status()).isEqualTo(400);
    assertThat(before2017.code()).isEqualTo(-1021);
    assertThat(before2017.msg())
        .isEqualTo("Timestamp for this request is outside of the recvWindow.");
  }

  @Test
  void testOrder_recvWindowAbove60000_isRejected() {
    Reply reply = signedAt(VECTOR_TIME, "&recvWindow=60001");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1102);
    assertThat(reply.msg())
        .isEqualTo("'recvWindow' contains unexpected value. Cannot be greater than 60000.");
  }

  @Test
  void testOrder_noApiKeyHeader_isRejectedWith2014() {
    String query = ORDER_PARAMS + "&timestamp=" + VECTOR_TIME;
    String signature = TestHttp.hmac(key.secretKey(), query);

    Reply reply = http.send("POST", TEST_ORDER, query + "&signature=" + signature, "", null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo(-2014);
    assertThat(reply.msg()).isEqualTo("API-key format invalid.");
  }

  @Test
  void testOrder_malformedApiKey_isRejectedWith2014() {
    Credentials spaced = new Credentials(key.apiKey() + " x", key.secretKey());

    Reply reply =
        http.signed("POST", TEST_ORDER, ORDER_PARAMS + "&timestamp=" + VECTOR_TIME, "", spaced);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo(-2014);
  }

  @Test
  void testOrder_unknownApiKey_isRejectedWith2015() {
    Credentials stranger = new Credentials("A".repeat(64), key.secretKey());

    Reply reply =
        http.signed("POST", TEST_ORDER, ORDER_PARAMS + "&timestamp=" + VECTOR_TIME, "", stranger);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo(-2015);
    assertThat(reply.msg()).isEqualTo("Invalid API-key, IP, or permissions for action.");
  }

  @Test
  void testOrder_missingTimestamp_isRejectedWith1102NamingIt() {
    Reply reply = http.signed("POST", TEST_ORDER, ORDER_PARAMS, "", key);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1102);
    assertThat(reply.msg())
        .isEqualTo("Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.");
  }

  @Test
  void testOrder_missingSignature_isRejectedWith1102NamingIt() {
    String query = ORDER_PARAMS + "&timestamp=" + VECTOR_TIME;

    Reply reply = http.send("POST", TEST_ORDER, query, "", key.apiKey());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1102);
    assertThat(reply.msg())
        .isEqualTo("Mandatory parameter 'signature' was not sent, was empty/null, or malformed.");
  }

  @Test
  void testOrder_sameParameterTwiceInQuery_isRejectedWith1101() {
    Reply reply =
        http.signed(
            "POST", TEST_ORDER, ORDER_PARAMS + "&side=SELL&timestamp=" + VECTOR_TIME, "", key);

    assertThat(reply.code()).isEqualTo(-1101);
    assertThat(reply.msg()).isEqualTo("Duplicate values for a parameter detected.");
  }

  @Test
  void testOrder_queryValueWinsOverBody() {
    String query = ORDER_PARAMS + "&timestamp=" + VECTOR_TIME;

    Reply reply = http.signed("POST", TEST_ORDER, query, "symbol=NOSUCH&quantity=abc", key);

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void credentials_toString_hidesSecret() {
    assertThat(key.toString()).contains(key.apiKey()).doesNotContain(key.secretKey());
  }

  private Reply sendVector(String query, String body, String signature) {
    String pair = "signature=" + signature;
    if (body.isEmpty()) {
      return http.send("POST", TEST_ORDER, TestHttp.append(query, pair), "", key.apiKey());
    }
    return http.send("POST", TEST_ORDER, query, TestHttp.append(body, pair), key.apiKey());
  }

  private Reply signedAt(long timestamp, String extra) {
    String query = ORDER_PARAMS + extra + "&timestamp=" + timestamp;
    return http.signed("POST", TEST_ORDER, query, "", key);
  }

  private static void assertInvalidSignature(Reply reply) {
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1022);
    assertThat(reply.msg()).isEqualTo("Signature for this request is not valid.");
  }
}
