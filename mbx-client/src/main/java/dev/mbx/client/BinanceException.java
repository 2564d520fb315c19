package dev.mbx.client;

import dev.mbx.core.MbxException;

/**
 * An error reported by the server as Binance error JSON ({@code {"code":-1121,"msg":"..."}}).
 *
 * <p>The message reads {@code -1022 Signature for this request is not valid. (HTTP 400)}. For a 5xx
 * status the execution status of an order is unknown: query it before retrying.
 */
public class BinanceException extends MbxException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final int code;
  private final String binanceMessage;

  public BinanceException(int httpStatus, int code, String binanceMessage) {
    super(code + " " + binanceMessage + " (HTTP " + httpStatus + ")");
    this.httpStatus = httpStatus;
    this.code = code;
    this.binanceMessage = binanceMessage;
  }

  /** The HTTP status code of the response. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Binance's error code, negative, e.g. {@code -1022}. */
  public int code() {
    return code;
  }

  /** Binance's {@code msg} text as received; texts may vary, codes are stable. */
  public String binanceMessage() {
    return binanceMessage;
  }
}
