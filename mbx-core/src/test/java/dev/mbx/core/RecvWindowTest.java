package dev.mbx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecvWindowTest {

  @Test
  void parse_threeDecimals_isAccepted() {
    assertThat(RecvWindow.parse("6000.346").wire()).isEqualTo("6000.346");
    assertThat(RecvWindow.parse("60000").wire()).isEqualTo("60000");
  }

  @Test
  void parse_overSixtySeconds_isRefused() {
    assertThatThrownBy(() -> RecvWindow.parse("60000.001"))
        .hasMessage("recvWindow must be at most 60000 ms: 60000.001");
  }

  @Test
  void parse_fourDecimals_isRefused() {
    assertThatThrownBy(() -> RecvWindow.parse("1.0001"))
        .hasMessage("recvWindow takes at most three decimal places: 1.0001");
  }
}
