package dev.mbx.client;

/**
 * {@code -2014} or {@code -2015}: the server does not accept the API key for this request. The
 * message lists the usual causes; none of them is fixed by resending.
 */
public class CredentialsException extends BinanceException {
  private static final long serialVersionUID = 1L;

  static final String CAUSES =
      "; usual causes: a key from another environment (live, testnet, sandbox), whitespace or a"
          + " line break copied with the key, a calling IP not on the key's whitelist, a key"
          + " without the permission for this endpoint (e.g. spot trading)";

  public CredentialsException(int httpStatus, int code, String binanceMessage) {
    super(httpStatus, code, binanceMessage, CAUSES);
  }
}
