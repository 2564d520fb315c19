package dev.mbx.client;

import java.util.random.RandomGenerator;

/**
 * Client order ids for orders the caller left without one: {@code mbx-} and 20 random
 * alphanumerics, within Binance's {@code ^[a-zA-Z0-9-_]{1,36}$}. The id is what finds an order
 * again when the answer to placing it was lost.
 */
final class ClientOrderIds {
  private static final String PREFIX = "mbx-";
  private static final int RANDOM_CHARS = 20;
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final RandomGenerator random;

  ClientOrderIds(RandomGenerator random) {
    this.random = random;
  }

  String next() {
    StringBuilder id = new StringBuilder(PREFIX.length() + RANDOM_CHARS).append(PREFIX);
    for (int i = 0; i < RANDOM_CHARS; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
