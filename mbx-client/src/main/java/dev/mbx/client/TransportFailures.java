package dev.mbx.client;

import dev.mbx.core.MbxException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;

/**
 * Turns transport failures and error responses into one-line exceptions that say what failed and
 * what to do. Messages name the endpoint ({@code method path}) but never the query, which carries
 * the signature and account parameters.
 */
final class TransportFailures {
  private static final int SNIPPET_LENGTH = 120;

  private final String baseUrl;
  private final boolean loopback;

  TransportFailures(String baseUrl) {
    this.baseUrl = baseUrl;
    String host = HttpUrl.get(baseUrl).host();
    this.loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }

  /** The exception for a non-2xx response. */
  MbxException status(WireRequest wire, int status, String body, Optional<Json.ErrorBody> error) {
    if (error.isPresent()) {
      return new BinanceException(status, error.get().code(), error.get().msg());
    }
    String message =
        "HTTP "
            + status
            + " from "
            + baseUrl
            + " for "
            + wire.endpoint()
            + " without Binance"
            + " error JSON: "
            + snippet(body);
    return new MbxException(status >= 500 ? message + unknownOutcome(wire) : message);
  }

  /** The exception for a request that got no usable response. */
  MbxException io(WireRequest wire, IOException e) {
    if (e instanceof ConnectException) {
      return new MbxException(
          "cannot reach " + baseUrl + ": connection refused; " + reachHint(), e);
    }
    if (e instanceof UnknownHostException) {
      return new MbxException("cannot resolve the host of " + baseUrl + "; check the base URL", e);
    }
    if (e instanceof SSLException) {
      return new MbxException(
          "TLS with " + baseUrl + " failed (" + e.getMessage() + "); check the URL's scheme", e);
    }
    if (e instanceof InterruptedIOException) {
      return new MbxException(
          "timed out waiting for " + baseUrl + " on " + wire.endpoint() + unknownOutcome(wire), e);
    }
    return new MbxException(
        wire.endpoint() + " to " + baseUrl + " failed: " + e + unknownOutcome(wire), e);
  }

  private String reachHint() {
    return loopback ? "is the sandbox running?" : "check the base URL and the network";
  }

  /** Binance: after a 5xx or timeout an order may still have been executed. */
  private static String unknownOutcome(WireRequest wire) {
    return wire.method().equals("GET")
        ? ""
        : "; the order's status is unknown, query it before retrying";
  }

  private static String snippet(String body) {
    String line = body.strip().replaceAll("\\s+", " ");
    if (line.isEmpty()) {
      return "(empty body)";
    }
    return line.length() <= SNIPPET_LENGTH ? line : line.substring(0, SNIPPET_LENGTH) + "...";
  }
}
