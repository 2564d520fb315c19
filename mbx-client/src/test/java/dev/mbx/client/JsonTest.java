package dev.mbx.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mbx.core.MbxException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
  private final Json json = new Json();

  record Quote(BigDecimal price) {}

  private BigDecimal price(String jsonValue) {
    return json.read("{\"price\":" + jsonValue + "}", Quote.class, "GET /test").price();
  }

  @Test
  void read_quotedPlainDecimals_keepValueAndScale() {
    assertThat(price("\"0.00150000\"")).isEqualTo(new BigDecimal("0.00150000"));
    assertThat(price("\"4723846.89208129\"")).isEqualTo(new BigDecimal("4723846.89208129"));
    assertThat(price("\"-12.5\"")).isEqualTo(new BigDecimal("-12.5"));
    assertThat(price("\"7\"")).isEqualTo(new BigDecimal("7"));
    assertThat(price("\"0\"")).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void read_otherDecimalForms_areReadAsJacksonReadsThem() {
    assertThat(price("1.10")).isEqualTo(new BigDecimal("1.10"));
    assertThat(price("\" 1.5 \"")).isEqualTo(new BigDecimal("1.5"));
    assertThat(price("\"1e-8\"")).isEqualTo(new BigDecimal("1E-8"));
    assertThat(price("\".5\"")).isEqualTo(new BigDecimal("0.5"));
    assertThat(price("\"+2\"")).isEqualTo(new BigDecimal("2"));
    assertThat(price("\"1.\"")).isEqualTo(new BigDecimal("1"));
    assertThat(price("\"\"")).isNull();
    assertThat(price("null")).isNull();
  }

  @Test
  void read_textThatIsNoNumber_isRefusedWithTheEndpoint() {
    for (String bad : List.of("\"-\"", "\"1.2.3\"", "\"abc\"", "\"1_000\"")) {
      assertThatThrownBy(() -> price(bad))
          .as(bad)
          .isInstanceOf(MbxException.class)
          .hasMessageStartingWith("cannot parse the response to GET /test: ");
    }
  }

  @Test
  void readList_decimalsInEveryElement() {
    List<Quote> quotes =
        json.readList("[{\"price\":\"1.00\"},{\"price\":\"2.50\"}]", Quote.class, "GET /test");

    assertThat(quotes)
        .containsExactly(new Quote(new BigDecimal("1.00")), new Quote(new BigDecimal("2.50")));
  }
}
