package dev.mbx.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

  @Test
  void encode_fullWidthDigits_matchesBinanceDocs() {
    assertThat(PercentEncoding.encode("１２３４５６"))
        .isEqualTo("%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96");
  }

  @Test
  void encode_reservedCharacters_areEncodedUpperCase() {
    assertThat(PercentEncoding.encode("user+16@example.com")).isEqualTo("user%2B16%40example.com");
    assertThat(PercentEncoding.encode("x y")).isEqualTo("x%20y");
    assertThat(PercentEncoding.encode("product*60")).isEqualTo("product%2A60");
    assertThat(PercentEncoding.encode("a~b-c_d.e")).isEqualTo("a~b-c_d.e");
    assertThat(PercentEncoding.encode("[\"BTCUSDT\"]")).isEqualTo("%5B%22BTCUSDT%22%5D");
  }

  @Test
  void decode_isInverseOfEncode() {
    String text = "{ method: \"buy\", to: \"x y\" } 这是测试币 user+16@example.com 😀";

    assertThat(PercentEncoding.decode(PercentEncoding.encode(text))).isEqualTo(text);
  }

  @Test
  void decode_plus_staysPlus() {
    assertThat(PercentEncoding.decode("a+b%2Bc")).isEqualTo("a+b+c");
  }
}
