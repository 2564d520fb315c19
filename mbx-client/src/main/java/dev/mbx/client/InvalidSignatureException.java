package dev.mbx.client;

/**
 * {@code -1022}: the server computed another signature over the bytes it received. The secret or
 * private key does not belong to the API key, or carries stray characters; resending cannot help.
 */
public class InvalidSignatureException extends BinanceException {
  private static final long serialVersionUID = 1L;

  public InvalidSignatureException(int httpStatus, int code, String binanceMessage) {
    super(httpStatus, code, binanceMessage);
  }
}
