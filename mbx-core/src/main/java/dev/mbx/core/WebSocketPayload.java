package dev.mbx.core;

import java.util.Map;
import java.util.TreeMap;

/**
 * The signing payload of a WebSocket API request, which differs from REST: every parameter except
 * {@code signature}, {@code apiKey} included, sorted by name, joined as {@code name=value} with
 * {@code &}, values as raw UTF-8 with no percent-encoding. The signature then travels inside the
 * JSON request as plain hex or Base64.
 */
public final class WebSocketPayload {
  private WebSocketPayload() {}

  /** The payload for {@code params}; values are rendered by {@link WireValues#render}. */
  public static String of(Map<String, ?> params) {
    Map<String, String> sorted = new TreeMap<>();
    params.forEach(
        (name, value) -> {
          if (!name.equals("signature")) {
            sorted.put(name, WireValues.render(value));
          }
        });
    StringBuilder payload = new StringBuilder();
    sorted.forEach(
        (name, value) -> {
          if (payload.length() > 0) {
            payload.append('&');
          }
          payload.append(name).append('=').append(value);
        });
    return payload.toString();
  }

  /** Signs the payload of {@code params} with {@code signer}. */
  public static String sign(Map<String, ?> params, Signer signer) {
    return signer.sign(of(params));
  }
}
