package dev.mbx.client;

import dev.mbx.client.UnknownOutcomeException.Resolution;
import dev.mbx.core.MbxException;
import java.lang.System.Logger.Level;
import java.util.function.BiFunction;

/**
 * Finds out what became of a new order whose answer was lost, by looking it up by client order id.
 *
 * <p>"Not found" is final only once the server's clock has passed the order's {@code timestamp +
 * recvWindow}: Binance checks that window again just before the matching engine (since 2025-06), so
 * an order still in flight after that can no longer be placed. Before then a {@code -2013} only
 * means "not yet", and the lookup waits for the window to close. Other failures are retried with
 * backoff until the time allowed has run out.
 */
final class OrderLookup {
  private static final System.Logger LOG = System.getLogger(OrderLookup.class.getName());
  private static final int NO_SUCH_ORDER = -2013;
  private static final long MICROS_THRESHOLD = 1_000_000_000_000_000L;

  /** Covers the error of the clock estimate, at most half a round trip. */
  private static final long SETTLE_MARGIN_MILLIS = 250;

  private final BiFunction<String, String, Order> byClientOrderId;
  private final ServerClock clock;
  private final Backoff backoff;
  private final long recvWindowMillis;
  private final long lookupMillis;

  OrderLookup(
      BiFunction<String, String, Order> byClientOrderId,
      ServerClock clock,
      Backoff backoff,
      long recvWindowMillis,
      long lookupMillis) {
    this.byClientOrderId = byClientOrderId;
    this.clock = clock;
    this.backoff = backoff;
    this.recvWindowMillis = recvWindowMillis;
    this.lookupMillis = lookupMillis;
  }

  /** The order, or {@code unknown} resolved as far as the lookups allow. */
  Order resolve(String symbol, String clientOrderId, UnknownOutcomeException unknown) {
    long settledAt = settledAt(unknown.timestampMillis());
    long localNow = clock.local().millis();
    long settledLocally =
        settledAt == Long.MAX_VALUE ? localNow : localNow + (settledAt - clock.now()) + 1_000;
    long deadline = Math.max(localNow + lookupMillis, settledLocally);
    MbxException lastFailure = unknown;
    for (int attempt = 1; ; attempt++) {
      long askedAt = clock.now();
      long wait;
      try {
        Order order = byClientOrderId.apply(symbol, clientOrderId);
        LOG.log(Level.DEBUG, () -> "order " + clientOrderId + " found after an unknown outcome");
        return order;
      } catch (BinanceException e) {
        if (e.code() == NO_SUCH_ORDER && askedAt >= settledAt) {
          throw notPlaced(clientOrderId, unknown);
        }
        lastFailure = e;
        wait = e.code() == NO_SUCH_ORDER ? settledAt - askedAt : backoff.delayMillis(attempt);
      } catch (MbxException e) {
        lastFailure = e;
        wait = backoff.delayMillis(attempt);
      }
      if (clock.local().millis() + wait > deadline) {
        throw unresolved(clientOrderId, unknown, attempt, lastFailure);
      }
      Sleeper.sleep(wait, "looking up order " + clientOrderId);
    }
  }

  /** Server time after which a missing order stays missing; max value when the stamp is unknown. */
  private long settledAt(long timestamp) {
    if (timestamp <= 0) {
      return Long.MAX_VALUE;
    }
    long millis = timestamp >= MICROS_THRESHOLD ? timestamp / 1_000 : timestamp;
    return millis + recvWindowMillis + SETTLE_MARGIN_MILLIS;
  }

  private static UnknownOutcomeException notPlaced(
      String clientOrderId, UnknownOutcomeException unknown) {
    return new UnknownOutcomeException(
        "order not placed: no answer to placing client order id '"
            + clientOrderId
            + "', and the server has no such order after its recvWindow closed;"
            + " it is safe to place it again",
        clientOrderId,
        Resolution.NOT_PLACED,
        unknown.getCause(),
        unknown.timestampMillis());
  }

  private static UnknownOutcomeException unresolved(
      String clientOrderId, UnknownOutcomeException unknown, int attempts, MbxException last) {
    UnknownOutcomeException e =
        new UnknownOutcomeException(
            unknown.getMessage()
                + "; "
                + attempts
                + " lookups by client order id failed, last: "
                + last.getMessage(),
            clientOrderId,
            Resolution.UNRESOLVED,
            unknown.getCause(),
            unknown.timestampMillis());
    if (last != unknown) {
      e.addSuppressed(last);
    }
    return e;
  }
}
