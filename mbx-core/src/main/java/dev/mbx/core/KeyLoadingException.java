package dev.mbx.core;

/** A key could not be read: missing, damaged, of an unsupported type, or a wrong passphrase. */
public final class KeyLoadingException extends MbxException {
  private static final long serialVersionUID = 1L;

  KeyLoadingException(String message) {
    super(message);
  }

  KeyLoadingException(String message, Throwable cause) {
    super(message, cause);
  }
}
