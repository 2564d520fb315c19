package dev.mbx.client;

import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with equal jitter for retrying read-only requests: attempt {@code n}
 * waits between half and all of {@code min(cap, base * 2^(n-1))}, so retries from many clients do
 * not fall into step.
 *
 * @param maxAttempts attempts in all, the first one included; 1 means no retry
 * @param baseMillis the first delay's upper bound
 * @param capMillis the largest delay
 * @param random the jitter source; must be thread-safe
 */
record Backoff(int maxAttempts, long baseMillis, long capMillis, RandomGenerator random) {

  /** The pause after failed attempt {@code attempt} (1-based). */
  long delayMillis(int attempt) {
    long ceiling = Math.min(capMillis, baseMillis << Math.min(attempt - 1, 20));
    long half = ceiling / 2;
    return half + random.nextLong(ceiling - half + 1);
  }
}
