package dev.mbx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Params keeps names, values and their encodings in arrays; these pin its observable contract. */
class ParamsTest {

  @Test
  void encode_reservedValueAfterPlainOnes_encodesOnlyThatValue() {
    Params params =
        Params.builder()
            .add("symbol", "BTCUSDT")
            .add("price", new BigDecimal("0.00000001"))
            .add("newClientOrderId", "a b+c/é")
            .add("timestamp", 1_700_000_000_000L)
            .build();

    assertThat(params.encode())
        .isEqualTo(
            "symbol=BTCUSDT&price=0.00000001&newClientOrderId=a%20b%2Bc%2F%C3%A9"
                + "&timestamp=1700000000000");
  }

  @Test
  void encode_reservedName_isEncodedToo() {
    Params params = Params.builder().add("a b", "x").add("c", "y").build();

    assertThat(params.encode()).isEqualTo("a%20b=x&c=y");
  }

  @Test
  void builder_reusedAfterBuild_leavesBuiltParamsUnchanged() {
    Params.Builder builder = Params.builder();
    for (int i = 0; i < 8; i++) {
      builder.add("p" + i, i);
    }
    Params first = builder.build();

    Params second = builder.add("extra", "a&b").build();

    assertThat(first.size()).isEqualTo(8);
    assertThat(first.encode()).isEqualTo("p0=0&p1=1&p2=2&p3=3&p4=4&p5=5&p6=6&p7=7");
    assertThat(second.encode()).endsWith("&p7=7&extra=a%26b");
  }

  @Test
  void toBuilder_copiesEncodedEntries_andAppends() {
    Params base = Params.builder().add("symbols", List.of("BTCUSDT", "BNBBTC")).build();

    Params more = base.toBuilder().add("timestamp", 5L).build();

    assertThat(more.encode()).isEqualTo("symbols=%5B%22BTCUSDT%22%2C%22BNBBTC%22%5D&timestamp=5");
    assertThat(base.size()).isEqualTo(1);
  }

  @Test
  void entries_get_equals_describeTheSameParameters() {
    Params params = Params.builder().add("side", "BUY").add("quantity", "1.5").build();

    assertThat(params.entries())
        .containsExactly(new Param("side", "BUY"), new Param("quantity", "1.5"));
    assertThat(params.get("quantity")).contains("1.5");
    assertThat(params.get("price")).isEmpty();
    assertThat(params)
        .isEqualTo(Params.builder().add("side", "BUY").add("quantity", "1.5").build());
    assertThat(params.hashCode())
        .isEqualTo(Params.builder().add("side", "BUY").add("quantity", "1.5").build().hashCode());
    assertThat(params.toString()).isEqualTo("Params[side, quantity]");
  }

  @Test
  void add_emptyName_isRefused() {
    assertThatThrownBy(() -> Params.builder().add("", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter name is empty");
  }

  @Test
  void sign_bodyAndQuery_signsBothAndAppendsSignatureToBody() {
    Params query = Params.builder().add("symbol", "LTCBTC").build();
    Params body = Params.builder().add("side", "BUY").build();
    Signer signer = HmacSigner.of("secret");

    SignedRequest signed = SignedRequest.sign(query, body, signer);

    assertThat(signed.payload()).isEqualTo("symbol=LTCBTCside=BUY");
    assertThat(signed.signature()).isEqualTo(signer.sign("symbol=LTCBTCside=BUY"));
    assertThat(signed.query()).isEqualTo("symbol=LTCBTC");
    assertThat(signed.body()).isEqualTo("side=BUY&signature=" + signed.signature());
  }

  @Test
  void sign_nothing_signsTheEmptyPayload() {
    SignedRequest signed = SignedRequest.sign(Params.of(), Params.of(), HmacSigner.of("secret"));

    assertThat(signed.payload()).isEmpty();
    assertThat(signed.query()).isEqualTo("signature=" + signed.signature());
    assertThat(signed.body()).isEmpty();
  }

  @Test
  void sign_bodyOnly_appendsSignatureToBodyAndLeavesQueryEmpty() {
    Params body = Params.builder().add("symbol", "LTCBTC").add("side", "BUY").build();
    Signer signer = HmacSigner.of("secret");

    SignedRequest signed = SignedRequest.sign(Params.of(), body, signer);

    assertThat(signed.query()).isEmpty();
    assertThat(signed.payload()).isEqualTo("symbol=LTCBTC&side=BUY");
    assertThat(signed.body()).isEqualTo("symbol=LTCBTC&side=BUY&signature=" + signed.signature());
    assertThat(signed.signature()).isEqualTo(signer.sign("symbol=LTCBTC&side=BUY"));
  }

  @Test
  void sign_base64Signature_isSentPercentEncodedAndReadBackAsComputed() {
    Signer fixed =
        new Signer() {
          @Override
          public KeyType keyType() {
            return KeyType.ED25519;
          }

          @Override
          public String sign(byte[] payload) {
            return "ab+/cd==";
          }
        };
    Params query = Params.builder().add("symbol", "BTC USDT").build();

    SignedRequest signed = SignedRequest.sign(query, Params.of(), fixed);

    assertThat(signed.query()).isEqualTo("symbol=BTC%20USDT&signature=ab%2B%2Fcd%3D%3D");
    assertThat(signed.payload()).isEqualTo("symbol=BTC%20USDT");
    assertThat(signed.signature()).isEqualTo("ab+/cd==");
    assertThat(signed.body()).isEmpty();
  }

  @Test
  void addLong_andAddAll_encodeLikeAnyOtherValue() {
    Params first = Params.builder().add("timestamp", 1499827319559L).add("q", "a b").build();

    Params all = first.toBuilder().add("limit", 5).add("n", Long.MIN_VALUE).build();

    assertThat(all.encode())
        .isEqualTo("timestamp=1499827319559&q=a%20b&limit=5&n=-9223372036854775808");
    assertThat(all.get("timestamp")).contains("1499827319559");
    SignedRequest signed = SignedRequest.sign(all, first, HmacSigner.of("secret"));
    assertThat(signed.payload())
        .isEqualTo(
            "timestamp=1499827319559&q=a%20b&limit=5&n=-9223372036854775808"
                + "timestamp=1499827319559&q=a%20b");
  }
}
