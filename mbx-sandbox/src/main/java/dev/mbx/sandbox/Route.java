package dev.mbx.sandbox;

import io.netty.handler.codec.http.HttpMethod;
import java.util.Set;

/**
 * One endpoint: where it lives, whether it is SIGNED, what it weighs, what it does, and which
 * parameters it reads.
 *
 * @param signed true for TRADE and USER_DATA endpoints, which need key, signature and timestamp
 * @param reads every parameter name the endpoint reads (for SIGNED ones including {@code
 *     recvWindow}, {@code timestamp} and {@code signature}), or null for one that reads whatever it
 *     is sent
 */
record Route(
    HttpMethod method,
    String path,
    boolean signed,
    Weigher weigher,
    Handler handler,
    Set<String> reads) {

  /** A route that reads whatever it is sent. */
  Route(HttpMethod method, String path, boolean signed, Weigher weigher, Handler handler) {
    this(method, path, signed, weigher, handler, null);
  }

  /**
   * Binance reads parameters by exact, case-sensitive name and refuses a request with any it did
   * not read: {@code -1104 Not all sent parameters were read; read '8' parameter(s) but was sent
   * '9'.} for a misspelt {@code newClientOrderID} (python-binance#3). The counts are distinct
   * names, signature and timestamp included, as in that report.
   */
  void requireAllRead(RequestParams params) {
    if (reads == null) {
      return;
    }
    int read = params.countKnown(reads);
    if (read < params.size()) {
      throw ApiException.badRequest(
          -1104,
          "Not all sent parameters were read; read '"
              + read
              + "' parameter(s) but was sent '"
              + params.size()
              + "'.");
    }
  }

  /** A request that passed authentication; {@code account} is null on NONE endpoints. */
  record Call(RequestParams params, Account account, long now) {}

  @FunctionalInterface
  interface Handler {
    JsonBody handle(Call call);
  }

  /**
   * The request weight (rest-api.md). {@code params} is null when they could not be parsed; {@code
   * ok} is false for a rejected request, which is what order endpoints charge for since 2026-04.
   */
  @FunctionalInterface
  interface Weigher {
    int weight(RequestParams params, boolean ok);

    static Weigher fixed(int weight) {
      return (params, ok) -> weight;
    }
  }
}
