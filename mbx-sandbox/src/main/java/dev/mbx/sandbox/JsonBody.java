package dev.mbx.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A response body, written straight into the outgoing buffer: no tree and no reflection, so field
 * order and string-versus-number types are exactly Binance's.
 */
@FunctionalInterface
interface JsonBody {
  JsonBody EMPTY =
      g -> {
        g.writeStartObject();
        g.writeEndObject();
      };

  void write(JsonGenerator g) throws IOException;

  static JsonBody error(int code, String msg) {
    return g -> {
      g.writeStartObject();
      g.writeNumberField("code", code);
      g.writeStringField("msg", msg);
      g.writeEndObject();
    };
  }

  /** Binance prints amounts and prices as strings with eight decimals. */
  static String decimal8(BigDecimal value) {
    return value.setScale(8, RoundingMode.DOWN).toPlainString();
  }
}
