package dev.mbx.sandbox;

import io.netty.handler.codec.http.HttpMethod;

/**
 * One endpoint: where it lives, whether it is SIGNED, what it weighs, and what it does.
 *
 * @param signed true for TRADE and USER_DATA endpoints, which need key, signature and timestamp
 */
record Route(HttpMethod method, String path, boolean signed, Weigher weigher, Handler handler) {

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
