package dev.mbx.client;

import dev.mbx.core.MbxException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;

/**
 * Turns transport failures and error responses into one-line exceptions of the family rooted at
 * {@link MbxException}, split by what the caller does next. Messages name the endpoint ({@code
 * method path}) but never the query, which carries the signature and account parameters.
 */
final class TransportFailures {
  private static final int SNIPPET_LENGTH = 120;
  private static final int TOO_MANY_REQUESTS = 429;
  private static final int BANNED = 418;

  /** Binance's shortest ban; assumed when a 418 arrives without {@code Retry-After}. */
  private static final long BAN_FALLBACK_SECONDS = 120;

  /** A weight window's length; assumed when a 429 arrives without {@code Retry-After}. */
  private static final long LIMIT_FALLBACK_SECONDS = 60;

  private final String baseUrl;
  private final boolean loopback;

  TransportFailures(String baseUrl) {
    this.baseUrl = baseUrl;
    String host = HttpUrl.get(baseUrl).host();
    this.loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }

  /**
   * Whether the request may have been acted on although no success came back: a 5xx, or Binance's
   * "execution status unknown" codes {@code -1006} and {@code -1007} with any status.
   */
  static boolean outcomeUnknown(RawResponse response, Optional<Json.ErrorBody> error) {
    if (response.status() >= 500) {
      return true;
    }
    return error.map(e -> e.code() == -1006 || e.code() == -1007).orElse(false);
  }

  /** Whether {@code e} shows the request never left: no connection, no name, no TLS session. */
  static boolean neverSent(IOException e) {
    return e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof SSLException;
  }

  /** The exception for a non-2xx response. */
  MbxException status(WireRequest wire, RawResponse response, Optional<Json.ErrorBody> error) {
    int status = response.status();
    if (status == TOO_MANY_REQUESTS || status == BANNED) {
      return limited(response, error);
    }
    if (error.isPresent()) {
      return classify(status, error.get().code(), error.get().msg());
    }
    return new MbxException(
        "HTTP "
            + status
            + " from "
            + baseUrl
            + " for "
            + wire.endpoint()
            + " without Binance error JSON: "
            + snippet(response.body()));
  }

  /** The exception for a request that got no response. */
  MbxException io(WireRequest wire, IOException e) {
    if (e instanceof ConnectException) {
      return new MbxException(
          "cannot reach " + baseUrl + ": connection refused; " + reachHint(), e);
    }
    if (e instanceof UnknownHostException) {
      return new MbxException(
          "cannot resolve the host of " + baseUrl + "; check the base URL and the network (DNS)",
          e);
    }
    if (e instanceof SSLException) {
      return new MbxException(
          "TLS with " + baseUrl + " failed (" + e.getMessage() + "); check the URL's scheme", e);
    }
    if (e instanceof InterruptedIOException) {
      return new MbxException("timed out waiting for " + baseUrl + " on " + wire.endpoint(), e);
    }
    if (e instanceof ProtocolException) {
      return new MbxException(
          baseUrl + " did not answer in HTTP (" + e.getMessage() + "); check the base URL", e);
    }
    if (e instanceof EOFException || String.valueOf(e.getMessage()).contains("end of stream")) {
      return new MbxException(
          baseUrl + " closed the connection before answering " + wire.endpoint(), e);
    }
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new MbxException(wire.endpoint() + " to " + baseUrl + " failed: " + reason, e);
  }

  /** The exception after which the caller must find out whether a state change happened. */
  static UnknownOutcomeException unknownOutcome(
      WireRequest wire, String clientOrderId, long timestampMillis, MbxException cause) {
    String id = clientOrderId == null ? "" : " (client order id '" + clientOrderId + "')";
    return new UnknownOutcomeException(
        "outcome unknown: "
            + wire.endpoint()
            + id
            + " may or may not have been executed after: "
            + cause.getMessage()
            + "; query it before sending it again",
        clientOrderId,
        UnknownOutcomeException.Resolution.UNRESOLVED,
        cause,
        timestampMillis);
  }

  static BinanceException classify(int status, int code, String msg) {
    return switch (code) {
      case -1021 -> new ClockSkewException(status, code, msg);
      case -1022 -> new InvalidSignatureException(status, code, msg);
      case -2014, -2015 -> new CredentialsException(status, code, msg);
      case -1013, -1014, -1020 -> new InvalidRequestException(status, code, msg);
      default ->
          code <= -1100 && code > -1200
              ? new InvalidRequestException(status, code, msg)
              : new BinanceException(status, code, msg);
    };
  }

  private static RateLimitedException limited(
      RawResponse response, Optional<Json.ErrorBody> error) {
    boolean banned = response.status() == BANNED;
    long seconds =
        response.retryAfterSeconds().orElse(banned ? BAN_FALLBACK_SECONDS : LIMIT_FALLBACK_SECONDS);
    Instant retryAfter = Instant.ofEpochMilli(response.receivedAtMillis() + seconds * 1000);
    int code = error.map(Json.ErrorBody::code).orElse(-1003);
    String msg = error.map(Json.ErrorBody::msg).orElse("(no error JSON)");
    return banned
        ? new BannedException(response.status(), code, msg, retryAfter)
        : new RateLimitedException(response.status(), code, msg, retryAfter);
  }

  private String reachHint() {
    return loopback ? "is the sandbox running?" : "check the base URL and the network";
  }

  private static String snippet(String body) {
    String line = body.strip().replaceAll("\\s+", " ");
    if (line.isEmpty()) {
      return "(empty body)";
    }
    return line.length() <= SNIPPET_LENGTH ? line : line.substring(0, SNIPPET_LENGTH) + "...";
  }
}
