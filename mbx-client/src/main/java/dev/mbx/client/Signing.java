package dev.mbx.client;

import dev.mbx.core.Params;
import dev.mbx.core.RecvWindow;
import dev.mbx.core.SignedRequest;
import dev.mbx.core.Signer;

/**
 * Turns business parameters into a signed {@link WireRequest}: appends {@code recvWindow} (when
 * configured) and the {@code timestamp}, then lets {@link SignedRequest} encode and sign.
 *
 * <p>A {@code timestamp} or {@code recvWindow} already among the parameters is the caller's and is
 * kept as given. POST puts everything in the form body and GET/DELETE in the query; Binance accepts
 * either, and one part only keeps the payload equal to the single string sent. Thread-safe.
 */
final class Signing {
  private final Signer signer;
  private final RecvWindow recvWindow;

  Signing(Signer signer, RecvWindow recvWindow) {
    this.signer = signer;
    this.recvWindow = recvWindow;
  }

  /** Signs with {@code timestampMillis} unless the parameters carry their own timestamp. */
  WireRequest sign(String method, String path, Params business, long timestampMillis) {
    Params params = withTiming(business, timestampMillis);
    SignedRequest signed =
        method.equals("POST")
            ? SignedRequest.sign(Params.of(), params, signer)
            : SignedRequest.sign(params, Params.of(), signer);
    return new WireRequest(method, path, signed.query(), signed.body(), true);
  }

  Signer signer() {
    return signer;
  }

  RecvWindow recvWindow() {
    return recvWindow;
  }

  /** The window the server applies: the configured one, or Binance's default of 5000 ms. */
  long recvWindowMillis() {
    RecvWindow window = recvWindow != null ? recvWindow : RecvWindow.DEFAULT;
    return window.millis().longValue();
  }

  private Params withTiming(Params business, long timestampMillis) {
    Params.Builder params = business.toBuilder();
    if (recvWindow != null && !business.contains("recvWindow")) {
      params.add("recvWindow", recvWindow.wire());
    }
    if (!business.contains("timestamp")) {
      params.add("timestamp", timestampMillis);
    }
    return params.build();
  }
}
