package dev.mbx.client;

import dev.mbx.core.MbxException;
import dev.mbx.core.Params;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Carries one call to the server and back: waits for the rate limit, measures the server's clock
 * when due, signs with a fresh timestamp, sends, and judges the answer.
 *
 * <p>What is repeated, and when: a read (a call whose {@link Call#kind} is {@link Kind#READ}) is
 * sent again, re-signed, after an I/O failure or an unknown outcome, with capped jittered backoff.
 * A {@code -1021} triggers one clock measurement and one re-signed resend for any signed call,
 * since Binance rejects such a request before it reaches the matching engine; unless the caller
 * gave the timestamp. A state-changing call is never sent again after it may have reached the
 * engine: that becomes {@link UnknownOutcomeException}. Thread-safe.
 */
final class Caller {
  private static final System.Logger LOG = System.getLogger(Caller.class.getName());
  private static final Params NO_PARAMS = Params.of();

  private final Transport transport;
  private final TransportFailures failures;
  private final Signing signing;
  private final ServerClock clock;
  private final Pacer pacer;
  private final Backoff backoff;
  private final Json json;

  /** Whether a call may be repeated and whether it counts as an order. */
  enum Kind {
    READ,
    NEW_ORDER,
    CHANGE
  }

  /**
   * A call before signing.
   *
   * @param weight the request weight (rest-api.md), reserved before sending
   */
  record Call(String method, String path, Params params, boolean signed, int weight, Kind kind) {
    static Call read(String path, Params params, boolean signed, int weight) {
      return new Call("GET", path, params, signed, weight, Kind.READ);
    }

    /** {@code method path}, for messages. */
    String endpoint() {
      return method + " " + path;
    }
  }

  Caller(
      Transport transport,
      TransportFailures failures,
      Signing signing,
      ServerClock clock,
      Pacer pacer,
      Backoff backoff,
      Json json) {
    this.transport = transport;
    this.failures = failures;
    this.signing = signing;
    this.clock = clock;
    this.pacer = pacer;
    this.backoff = backoff;
    this.json = json;
  }

  /** The body of the successful response to {@code call}. */
  String execute(Call call) {
    boolean resentForClock = false;
    for (int attempt = 1; ; attempt++) {
      pacer.acquire(call.weight(), call.kind() == Kind.NEW_ORDER);
      long timestamp = call.signed() ? timestamp() : 0;
      WireRequest wire = wire(call, timestamp);
      RawResponse response;
      try {
        response = transport.execute(wire);
      } catch (IOException e) {
        MbxException failure = failures.io(wire, e);
        if (call.kind() == Kind.READ && retry(wire, attempt, failure)) {
          continue;
        }
        throw call.kind() == Kind.READ || TransportFailures.neverSent(e)
            ? failure
            : unknown(call, wire, timestamp, failure);
      }
      pacer.record(response);
      if (response.successful()) {
        return response.body();
      }
      Optional<Json.ErrorBody> error = json.error(response.body());
      MbxException failure = failures.status(wire, response, error);
      if (TransportFailures.outcomeUnknown(response, error)) {
        if (call.kind() == Kind.READ && retry(wire, attempt, failure)) {
          continue;
        }
        if (call.kind() != Kind.READ) {
          throw unknown(call, wire, timestamp, failure);
        }
      }
      if (failure instanceof RateLimitedException limited) {
        pacer.block(limited);
      }
      if (failure instanceof ClockSkewException && !resentForClock && mayResync(call)) {
        resentForClock = true;
        LOG.log(Level.DEBUG, () -> wire.endpoint() + " got -1021: measuring the server clock");
        measureClock();
        continue;
      }
      throw failure;
    }
  }

  /** Measures the server clock now. */
  ClockOffset measureClock() {
    return clock.measure(this::serverTime);
  }

  long serverTime() {
    Call call = Call.read("/api/v3/time", NO_PARAMS, false, 1);
    return json.read(execute(call), Json.ServerTime.class, call.endpoint()).serverTime();
  }

  WireRequest wire(Call call, long timestamp) {
    if (!call.signed()) {
      return new WireRequest(call.method(), call.path(), call.params().encode(), "", false);
    }
    if (signing == null) {
      throw new IllegalStateException(
          call.path()
              + " is a SIGNED endpoint: set apiKey and secretKey (or signer) on the builder");
    }
    return signing.sign(call.method(), call.path(), call.params(), timestamp);
  }

  private long timestamp() {
    if (signing == null) {
      return 0;
    }
    clock.ensureFresh(this::serverTime);
    return clock.now();
  }

  private boolean mayResync(Call call) {
    return clock.automatic() && !call.params().contains("timestamp");
  }

  private boolean retry(WireRequest wire, int attempt, MbxException failure) {
    if (attempt >= backoff.maxAttempts()) {
      return false;
    }
    long delay = backoff.delayMillis(attempt);
    LOG.log(
        Level.DEBUG,
        () ->
            "retrying "
                + wire.endpoint()
                + " in "
                + delay
                + " ms (attempt "
                + (attempt + 1)
                + " of "
                + backoff.maxAttempts()
                + ") after: "
                + failure.getMessage());
    Sleeper.sleep(delay, "waiting to retry " + wire.endpoint());
    return true;
  }

  private static UnknownOutcomeException unknown(
      Call call, WireRequest wire, long timestamp, MbxException cause) {
    String clientOrderId =
        call.kind() == Kind.NEW_ORDER ? call.params().get("newClientOrderId").orElse(null) : null;
    long stamp = call.params().get("timestamp").map(Long::parseLong).orElse(timestamp);
    return TransportFailures.unknownOutcome(wire, clientOrderId, stamp, cause);
  }
}
