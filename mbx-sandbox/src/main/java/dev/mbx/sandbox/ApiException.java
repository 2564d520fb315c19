package dev.mbx.sandbox;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * A request rejected the way Binance rejects it: an HTTP status plus the {@code {"code","msg"}}
 * body. It is control flow inside the sandbox, never seen by callers, so it skips the stack trace.
 *
 * <p>HTTP statuses: Binance documents only "4XX for malformed requests", 429 and 418. 401 for
 * {@code -2014}/{@code -2015} and 400 for {@code -1022} are what public reports show; everything
 * else the client got wrong is answered with 400 (an assumption, see the factories).
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient HttpResponseStatus status;
  private final int code;

  ApiException(HttpResponseStatus status, int code, String msg) {
    super(msg, null, false, false);
    this.status = status;
    this.code = code;
  }

  HttpResponseStatus status() {
    return status;
  }

  int code() {
    return code;
  }

  String msg() {
    return getMessage();
  }

  static ApiException badRequest(int code, String msg) {
    return new ApiException(HttpResponseStatus.BAD_REQUEST, code, msg);
  }

  static ApiException mandatory(String name) {
    return badRequest(
        -1102, "Mandatory parameter '" + name + "' was not sent, was empty/null, or malformed.");
  }

  static ApiException eitherMandatory(String first, String second) {
    return badRequest(
        -1102, "Param '" + first + "' or '" + second + "' must be sent, but both were empty/null!");
  }

  static ApiException illegalChars(String name, String legalRange) {
    return badRequest(
        -1100,
        "Illegal characters found in parameter '"
            + name
            + "'; legal range is '"
            + legalRange
            + "'.");
  }

  /** For bytes that are not a parameter at all: a broken escape or a non-UTF-8 sequence. */
  static ApiException illegalChars() {
    return badRequest(-1100, "Illegal characters found in a parameter.");
  }

  static ApiException notRequired(String name) {
    return badRequest(-1106, "Parameter '" + name + "' sent when not required.");
  }

  static ApiException invalidData(String name) {
    return badRequest(-1130, "Data sent for parameter '" + name + "' is not valid.");
  }

  static ApiException invalidSymbol() {
    return badRequest(-1121, "Invalid symbol.");
  }

  static ApiException filterFailure(String filter) {
    return badRequest(-1013, "Filter failure: " + filter);
  }

  static ApiException newOrderRejected(String msg) {
    return badRequest(-2010, msg);
  }
}
