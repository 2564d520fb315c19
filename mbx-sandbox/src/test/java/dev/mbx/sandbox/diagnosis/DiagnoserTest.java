package dev.mbx.sandbox.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The engine on Binance's published vectors (spec section 4.1). */
class DiagnoserTest {
  private static final String KEY =
      "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
  private static final KeyMaterial SECRET =
      KeyMaterial.hmac("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");
  private static final OptionalLong SERVER_TIME = OptionalLong.of(1_499_827_319_559L);
  private static final String H4_QUERY =
      "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT"
          + "&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";

  @Test
  void diagnose_publishedMixedExampleH3_isAccepted() {
    SentRequest h3 =
        post(
            "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC",
            "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
                + "&signature=0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77");

    Diagnosis diagnosis = Diagnoser.diagnose(h3, SECRET, SERVER_TIME);

    assertThat(diagnosis.cause()).isEqualTo(Cause.ACCEPTED);
    assertThat(diagnosis.code()).isZero();
  }

  @Test
  void diagnose_h4SignedUnencoded_namesTheEncodingRuleAndCorrectsWithPublishedSignature() {
    SentRequest n1 =
        post(
            H4_QUERY
                + "&signature=ca2cdfbf21d2e2958de492c7f2dd1f059dd2ed4d4459d26a5ec7928db50c8d4f",
            "");

    Diagnosis diagnosis = Diagnoser.diagnose(n1, SECRET, SERVER_TIME);

    assertThat(diagnosis.cause()).isEqualTo(Cause.SIGNED_UNENCODED);
    assertThat(diagnosis.code()).isEqualTo(-1022);
    assertThat(diagnosis.corrected().payload()).isEqualTo(H4_QUERY);
    assertThat(diagnosis.corrected().signature())
        .isEqualTo("e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3");
    assertThat(diagnosis.corrected().query())
        .endsWith("&signature=" + diagnosis.corrected().signature());
  }

  @Test
  void diagnose_withoutKey_stillNamesAHashObject() {
    SentRequest request =
        new SentRequest(
            "GET",
            "/api/v3/account",
            "timestamp=1499827319559&signature=%3Csha256%20HASH%20object%20%40%200x7f3b2c1d9e50%3E",
            "",
            Map.of("X-MBX-APIKEY", KEY));

    Diagnosis diagnosis = Diagnoser.diagnose(request, null, OptionalLong.empty());

    assertThat(diagnosis.cause()).isEqualTo(Cause.SIGNATURE_HASH_OBJECT);
    assertThat(diagnosis.sentSignature()).isEqualTo("<sha256 HASH object @ 0x7f3b2c1d9e50>");
  }

  @Test
  void diagnose_duplicateParameter_isMinus1101() {
    SentRequest request =
        new SentRequest(
            "GET", "/api/v3/account", "timestamp=1&timestamp=2", "", Map.of("X-MBX-APIKEY", KEY));

    Diagnosis diagnosis = Diagnoser.diagnose(request, SECRET, SERVER_TIME);

    assertThat(diagnosis.cause()).isEqualTo(Cause.DUPLICATE_PARAMETER);
    assertThat(diagnosis.sentence())
        .isEqualTo("parameter sent twice: 'timestamp'; send each parameter once");
  }

  @Test
  void firstDifference_findsFirstDifferingCharacter() {
    assertThat(Diagnosis.firstDifference("abcd", "abXd")).isEqualTo(2);
    assertThat(Diagnosis.firstDifference("abc", "abcd")).isEqualTo(3);
    assertThat(Diagnosis.firstDifference("abc", "abc")).isEqualTo(-1);
  }

  @Test
  void hmacKeyMaterial_toString_hidesSecret() {
    assertThat(SECRET.toString()).isEqualTo("Hmac[secret=***]");
  }

  private static SentRequest post(String query, String body) {
    return new SentRequest("POST", "/api/v3/order", query, body, Map.of("X-MBX-APIKEY", KEY));
  }
}
