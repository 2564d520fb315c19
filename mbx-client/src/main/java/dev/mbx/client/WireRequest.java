package dev.mbx.client;

/**
 * One request in its final wire form. {@code query} and {@code body} are already percent-encoded
 * (and, when {@code signed}, carry the signature) and must be sent byte for byte.
 *
 * @param method the HTTP method
 * @param path the path, e.g. {@code /api/v3/order}
 * @param query the encoded query without {@code ?}; may be empty
 * @param body the encoded form body; may be empty
 * @param signed whether the request needs the API key header
 */
record WireRequest(String method, String path, String query, String body, boolean signed) {

  /** A NONE-security request: parameters in the query, no key header. */
  static WireRequest unsigned(String path, dev.mbx.core.Params query) {
    return new WireRequest("GET", path, query.encode(), "", false);
  }

  /** {@code method path}, for logs and messages: never the query, which holds the signature. */
  String endpoint() {
    return method + " " + path;
  }
}
