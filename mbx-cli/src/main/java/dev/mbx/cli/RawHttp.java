package dev.mbx.cli;

import dev.mbx.core.MbxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a raw HTTP/1.1 request as captured or typed: request line, headers, blank line, body. Lines
 * may end in CR LF or LF. With {@code Content-Length} the body is that many bytes; without it, the
 * rest of the text without its final line end.
 */
final class RawHttp {
  private RawHttp() {}

  static DoctorRequest parse(String text) {
    String normalized = text.replace("\r\n", "\n");
    int blank = normalized.indexOf("\n\n");
    String head = blank < 0 ? normalized.strip() : normalized.substring(0, blank);
    String rest = blank < 0 ? "" : normalized.substring(blank + 2);
    String[] lines = head.split("\n");
    String[] requestLine = lines[0].strip().split(" ");
    if (requestLine.length != 3) {
      throw new MbxException("not an HTTP request line: " + lines[0]);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw new MbxException("not an HTTP header line: " + lines[i]);
      }
      headers.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
    }
    String body = body(rest, headers);
    String host = headerIgnoringCase(headers, "Host");
    String target = requestLine[1];
    String url = target.startsWith("/") && host != null ? scheme(host) + host + target : target;
    return DoctorRequest.of(requestLine[0], url, body, headers);
  }

  /** Plain HTTP only for this machine, as the sandbox serves it; HTTPS everywhere else. */
  private static String scheme(String host) {
    return host.startsWith("127.") || host.startsWith("localhost") ? "http://" : "https://";
  }

  private static String body(String rest, Map<String, String> headers) {
    String length = headerIgnoringCase(headers, "Content-Length");
    if (length == null) {
      return rest.endsWith("\n") ? rest.substring(0, rest.length() - 1) : rest;
    }
    byte[] bytes = rest.getBytes(StandardCharsets.UTF_8);
    int count;
    try {
      count = Math.min(Integer.parseInt(length.strip()), bytes.length);
    } catch (NumberFormatException e) {
      throw new MbxException("Content-Length is not a number: " + length, e);
    }
    return new String(bytes, 0, count, StandardCharsets.UTF_8);
  }

  private static String headerIgnoringCase(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }
}
