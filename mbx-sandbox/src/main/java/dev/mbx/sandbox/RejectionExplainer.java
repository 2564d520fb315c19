package dev.mbx.sandbox;

import dev.mbx.sandbox.diagnosis.Diagnoser;
import dev.mbx.sandbox.diagnosis.Diagnosis;
import dev.mbx.sandbox.diagnosis.SentRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.util.AsciiString;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Asks the diagnosis engine why a SIGNED request was rejected, for the log and, when the sandbox
 * runs with {@code explain}, for the {@value #HEADER_NAME} response header. The JSON body is never
 * touched: it stays Binance's. The reason is computed only when one of the two will use it.
 */
final class RejectionExplainer {
  static final String HEADER_NAME = "X-Mbx-Sandbox-Diagnosis";
  static final AsciiString HEADER = AsciiString.cached(HEADER_NAME);

  private final boolean explain;

  RejectionExplainer(boolean explain) {
    this.explain = explain;
  }

  /** The diagnosis of a rejected request, or null when neither the log nor a header wants it. */
  Diagnosis diagnose(
      System.Logger log,
      FullHttpRequest request,
      String path,
      String query,
      String body,
      Account account,
      long nowMillis) {
    if (!explain && !log.isLoggable(Level.DEBUG)) {
      return null;
    }
    Map<String, String> headers = new TreeMap<>();
    request.headers().forEach(header -> headers.put(header.getKey(), utf8(header.getValue())));
    SentRequest sent =
        new SentRequest(request.method().name(), path, utf8(query), utf8(body), headers);
    return Diagnoser.diagnose(
        sent, account == null ? null : account.keyMaterial(), OptionalLong.of(nowMillis));
  }

  /** The header value for {@code diagnosis}, or null when the header is off or there is none. */
  String header(Diagnosis diagnosis) {
    if (!explain || diagnosis == null || diagnosis.accepted()) {
      return null;
    }
    return ascii(diagnosis.cause().id() + ": " + diagnosis.sentence());
  }

  /** Netty holds request text as one char per byte; the diagnosis reads it as UTF-8. */
  private static String utf8(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /** Header values must be visible ASCII; anything else becomes '?'. */
  private static String ascii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? (char) c : '?'));
    return out.toString();
  }
}
