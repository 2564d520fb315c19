package dev.mbx.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NewOrderTest {
  @Test
  void limit_defaults_toGoodTillCancelled() {
    NewOrder order = NewOrder.limit("LTCBTC", Side.BUY, BigDecimal.ONE, new BigDecimal("0.1"));

    assertThat(order.type()).isEqualTo(OrderType.LIMIT);
    assertThat(order.timeInForce()).isEqualTo(TimeInForce.GTC);
    assertThat(order.params().encode())
        .isEqualTo("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1");
  }

  @Test
  void withers_setOptionalFields_inDocumentedParameterOrder() {
    NewOrder order =
        NewOrder.limit("LTCBTC", Side.SELL, BigDecimal.ONE, new BigDecimal("0.1"))
            .withTimeInForce(TimeInForce.IOC)
            .withNewClientOrderId("my-1");

    assertThat(order.params().encode())
        .isEqualTo(
            "symbol=LTCBTC&side=SELL&type=LIMIT&timeInForce=IOC&quantity=1&price=0.1"
                + "&newClientOrderId=my-1");
  }

  @Test
  void marketQuote_sendsQuoteOrderQtyWithoutQuantity() {
    NewOrder order = NewOrder.marketQuote("BTCUSDT", Side.BUY, new BigDecimal("25.50"));

    assertThat(order.params().encode())
        .isEqualTo("symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=25.50");
  }

  @Test
  void constructor_unknownSide_isRejectedBecauseItHasNoWireForm() {
    assertThatThrownBy(() -> NewOrder.market("BTCUSDT", Side.UNKNOWN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("side UNKNOWN cannot be sent");
  }

  @Test
  void constructor_blankSymbol_isRejected() {
    assertThatThrownBy(() -> NewOrder.market(" ", Side.BUY, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("symbol is blank");
  }
}
