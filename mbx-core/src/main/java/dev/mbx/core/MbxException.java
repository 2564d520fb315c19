package dev.mbx.core;

/**
 * The root of every exception mbx throws. Unchecked, so that synchronous, asynchronous and CLI
 * callers handle failures the same way.
 *
 * <p>Messages never contain an API secret, a private key or a passphrase.
 */
public class MbxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MbxException(String message) {
    super(message);
  }

  public MbxException(String message, Throwable cause) {
    super(message, cause);
  }
}
