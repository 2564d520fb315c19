package dev.mbx.client;

/**
 * The request breaks a rule the server checks before acting ({@code -11xx} parameter errors, {@code
 * -1013} filter failures, {@code -1014}, {@code -1020}). Nothing happened; the same request will
 * fail the same way, so fix it before sending it again.
 */
public class InvalidRequestException extends BinanceException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(int httpStatus, int code, String binanceMessage) {
    super(httpStatus, code, binanceMessage);
  }
}
