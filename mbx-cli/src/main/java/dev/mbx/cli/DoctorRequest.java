package dev.mbx.cli;

import dev.mbx.core.MbxException;
import dev.mbx.sandbox.diagnosis.SentRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request given to {@code mbx doctor}: where it went ({@code https://host}) and what was sent.
 * Reads the three input forms: a curl command line, {@code METHOD URL [BODY]}, or raw HTTP.
 *
 * @param origin scheme and authority, such as {@code https://api.binance.com}; empty when unknown
 * @param request the request exactly as sent
 */
record DoctorRequest(String origin, SentRequest request) {
  private static final Pattern URL =
      Pattern.compile(
          "(?:([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*))?([^?#]*)(?:\\?([^#]*))?.*", Pattern.DOTALL);
  private static final java.util.Set<String> METHODS =
      java.util.Set.of("GET", "POST", "PUT", "DELETE");
  private static final Pattern RAW_HTTP_LINE = Pattern.compile("[A-Z]+ \\S+ HTTP/\\d(\\.\\d)?");
  private static final Pattern METHOD_LINE =
      Pattern.compile("([A-Z]+)\\s+(\\S+)(?:\\s+(.*))?", Pattern.DOTALL);

  /** {@code METHOD URL [BODY]}; the URL may be absolute or a bare path. */
  static DoctorRequest of(String method, String url, String body, Map<String, String> headers) {
    if (!METHODS.contains(method)) {
      throw new MbxException(
          "unsupported method: " + method + "; Binance's REST API takes GET, POST, PUT and DELETE");
    }
    Matcher parts = URL.matcher(url);
    boolean pathLess = parts.matches() && parts.group(1) == null && !parts.group(2).startsWith("/");
    if (!parts.matches() || pathLess) {
      throw new MbxException(
          "not a URL: " + url + "; give http(s)://host/path?query or /path?query");
    }
    String origin = parts.group(1) == null ? "" : parts.group(1);
    String path = parts.group(2).isEmpty() ? "/" : parts.group(2);
    String query = parts.group(3) == null ? "" : parts.group(3);
    return new DoctorRequest(origin, new SentRequest(method, path, query, body, headers));
  }

  /**
   * Reads text in any of the three forms: it starts with {@code curl}, or its first line is an HTTP
   * request line ({@code GET /path HTTP/1.1}), or it is {@code METHOD URL [BODY]}.
   */
  static DoctorRequest parse(String text) {
    String trimmed = text.strip();
    if (trimmed.startsWith("curl ") || trimmed.startsWith("curl\t")) {
      return CurlLine.parse(trimmed);
    }
    String firstLine = trimmed.lines().findFirst().orElse("");
    if (RAW_HTTP_LINE.matcher(firstLine.strip()).matches()) {
      return RawHttp.parse(text.stripLeading());
    }
    Matcher methodLine = METHOD_LINE.matcher(trimmed);
    if (methodLine.matches()) {
      String body = methodLine.group(3) == null ? "" : methodLine.group(3).strip();
      return of(methodLine.group(1), methodLine.group(2), body, Map.of());
    }
    throw new MbxException(
        "cannot read the request: give a curl command line, METHOD URL [BODY], or a raw HTTP"
            + " request");
  }
}
