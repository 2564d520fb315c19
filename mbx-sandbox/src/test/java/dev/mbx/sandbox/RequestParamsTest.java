package dev.mbx.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestParamsTest {

  @ParameterizedTest
  @CsvSource({
    "'a=1&signature=ff&b=2', '', 'a=1&b=2'",
    "'signature=ff&a=1', '', 'a=1'",
    "'a=1&signature=ff', '', 'a=1'",
    "'signature=ff', '', ''",
    "'a=1', 'b=2&signature=ff', 'a=1b=2'",
    "'a=%2B1', 'signature=ff', 'a=%2B1'",
  })
  void signaturePayload_cutsOnlyTheSignaturePairAndOneAmpersand(
      String query, String body, String payload) {
    RequestParams params = RequestParams.parse(query, body);

    assertThat(new String(params.signaturePayload(), StandardCharsets.ISO_8859_1))
        .isEqualTo(payload);
  }

  @ParameterizedTest
  @CsvSource({
    "'a=1&signature=ff', '', true",
    "'a=1', 'b=2&signature=ff', true",
    "'a=1&signature=ff', 'b=2', true",
    "'a=1', '', true",
    "'signature=ff&a=1', '', false",
    "'a=1', 'signature=ff&b=2', false",
    "'a=1&signature=ff&', '', false",
    "'signature=ff', 'b=2&signature=ff', false",
  })
  void signaturePlacedLast_onlyAtTheEndOfItsPartAndInOnePart(
      String query, String body, boolean last) {
    assertThat(RequestParams.parse(query, body).signaturePlacedLast()).isEqualTo(last);
  }

  @Test
  void parse_formDecodesPlusAndUtf8Escapes() {
    RequestParams params = RequestParams.parse("a=x+y&b=%2B&c=%EF%BC%91", "");

    assertThat(params.get("a")).isEqualTo("x y");
    assertThat(params.get("b")).isEqualTo("+");
    assertThat(params.get("c")).isEqualTo("１");
  }

  @Test
  void parse_queryWinsOverBodyButNotWithinOnePart() {
    assertThat(RequestParams.parse("a=1", "a=2").get("a")).isEqualTo("1");
    assertThatThrownBy(() -> RequestParams.parse("a=1&a=2", ""))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(-1101));
  }

  @Test
  void parse_brokenEscapes_are1100() {
    for (String query : new String[] {"a=%", "a=%4", "a=%G0", "a=%C3%28"}) {
      assertThatThrownBy(() -> RequestParams.parse(query, ""))
          .as(query)
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(-1100));
    }
  }
}
