package dev.mbx.client;

import dev.mbx.core.Params;
import dev.mbx.core.RecvWindow;
import dev.mbx.core.SignedRequest;
import dev.mbx.core.Signer;
import java.time.Clock;

/**
 * Turns business parameters into a signed {@link WireRequest}: appends {@code recvWindow} (when
 * configured) and a fresh {@code timestamp}, then lets {@link SignedRequest} encode and sign.
 *
 * <p>POST puts everything in the form body and GET/DELETE in the query; Binance accepts either, and
 * one part only keeps the payload equal to the single string sent. Thread-safe.
 */
final class Signing {
  private final Signer signer;
  private final RecvWindow recvWindow;
  private final Clock clock;

  Signing(Signer signer, RecvWindow recvWindow, Clock clock) {
    this.signer = signer;
    this.recvWindow = recvWindow;
    this.clock = clock;
  }

  WireRequest sign(String method, String path, Params business) {
    Params params = withTiming(business);
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

  private Params withTiming(Params business) {
    Params.Builder params = business.toBuilder();
    if (recvWindow != null) {
      params.add("recvWindow", recvWindow.wire());
    }
    return params.add("timestamp", clock.millis()).build();
  }
}
