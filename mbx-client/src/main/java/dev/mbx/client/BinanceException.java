package dev.mbx.client;

import dev.mbx.core.MbxException;

/**
 * An error reported by the server as Binance error JSON ({@code {"code":-1121,"msg":"..."}}).
 *
 * <p>The message reads {@code -1022 Signature for this request is not valid. (HTTP 400)}.
 * Subclasses say what to do next: {@link ClockSkewException}, {@link InvalidSignatureException},
 * {@link CredentialsException}, {@link InvalidRequestException}, {@link RateLimitedException} and
 * {@link BannedException}. This class itself stands for the rest, such as an order the matching
 * engine rejected ({@code -2010}) or a failed read after its retries. A state-changing request
 * whose outcome is unknown raises {@link UnknownOutcomeException} instead.
 */
public class BinanceException extends MbxException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final int code;
  private final String binanceMessage;

  public BinanceException(int httpStatus, int code, String binanceMessage) {
    this(httpStatus, code, binanceMessage, "");
  }

  /**
   * For subclasses: the standard message followed by {@code suffix}, e.g. {@code "; retry ..."}.
   */
  BinanceException(int httpStatus, int code, String binanceMessage, String suffix) {
    super(code + " " + binanceMessage + " (HTTP " + httpStatus + ")" + suffix);
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
