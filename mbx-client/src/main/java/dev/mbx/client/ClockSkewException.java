package dev.mbx.client;

/**
 * {@code -1021}: the request's {@code timestamp} was outside the server's window. The client has
 * already re-measured the server's clock and re-sent once (unless the caller gave the timestamp),
 * so the local clock jumps or the network is slower than {@code recvWindow} allows.
 */
public class ClockSkewException extends BinanceException {
  private static final long serialVersionUID = 1L;

  public ClockSkewException(int httpStatus, int code, String binanceMessage) {
    super(httpStatus, code, binanceMessage);
  }
}
