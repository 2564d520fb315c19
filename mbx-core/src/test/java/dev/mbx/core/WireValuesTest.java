package dev.mbx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireValuesTest {
  enum Side {
    BUY
  }

  enum Interval implements WireEnum {
    ONE_MINUTE;

    @Override
    public String wireName() {
      return "1m";
    }
  }

  @Test
  void render_smallDecimal_isPlainNotNotation() {
    assertThat(WireValues.render(new BigDecimal("1E-8"))).isEqualTo("0.00000001");
    assertThat(WireValues.render(new BigDecimal("0.000023999"))).isEqualTo("0.000023999");
    assertThat(WireValues.render(new BigDecimal("1.23456789E7"))).isEqualTo("12345678.9");
  }

  @Test
  void render_decimalsAroundTheExponentSwitch_arePlain() {
    assertThat(WireValues.render(new BigDecimal("0.000001"))).isEqualTo("0.000001");
    assertThat(WireValues.render(new BigDecimal("1E-7"))).isEqualTo("0.0000001");
    assertThat(WireValues.render(new BigDecimal("-1.5E-7"))).isEqualTo("-0.00000015");
    assertThat(WireValues.render(new BigDecimal("-0.0000123"))).isEqualTo("-0.0000123");
    assertThat(WireValues.render(new BigDecimal("0E-10"))).isEqualTo("0.0000000000");
    assertThat(WireValues.render(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(WireValues.render(new BigDecimal("97000.50"))).isEqualTo("97000.50");
    assertThat(WireValues.render(new BigDecimal("123456789012345678901234567890.5")))
        .isEqualTo("123456789012345678901234567890.5");
  }

  @Test
  void render_decimalOfAnyScale_isToPlainString() {
    for (long unscaled : new long[] {0, 1, -7, 123, 100000, -99999999, Long.MAX_VALUE}) {
      for (int scale = -12; scale <= 24; scale++) {
        BigDecimal decimal = BigDecimal.valueOf(unscaled, scale);
        assertThat(WireValues.render(decimal)).isEqualTo(decimal.toPlainString());
      }
    }
  }

  @Test
  void render_scalars_useWireText() {
    assertThat(WireValues.render(true)).isEqualTo("true");
    assertThat(WireValues.render(Boolean.FALSE)).isEqualTo("false");
    assertThat(WireValues.render(1499827319559L)).isEqualTo("1499827319559");
    assertThat(WireValues.render(Side.BUY)).isEqualTo("BUY");
    assertThat(WireValues.render(Interval.ONE_MINUTE)).isEqualTo("1m");
  }

  @Test
  void render_list_isCompactJson() {
    assertThat(WireValues.render(List.of("BTCUSDT", "BNBBTC")))
        .isEqualTo("[\"BTCUSDT\",\"BNBBTC\"]");
    assertThat(WireValues.render(new String[] {"a\"b"})).isEqualTo("[\"a\\\"b\"]");
  }

  @Test
  void render_double_isRefusedWithAdvice() {
    assertThatThrownBy(() -> WireValues.render(0.00000001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("binary floating point is not accepted, pass a BigDecimal or a String: 1.0E-8");
  }
}
