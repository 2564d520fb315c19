package dev.mbx.cli;

import dev.mbx.core.MbxException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The payload of {@code sign} and {@code verify}: one string, or a query and a body. */
final class PayloadOptions {
  @Parameters(
      arity = "0..1",
      paramLabel = "PAYLOAD",
      description = "The payload: the query string or body exactly as sent (already encoded).")
  String payload;

  @Option(
      names = "--query",
      paramLabel = "QUERY",
      description = "Query string of a mixed request; the payload is QUERY followed by BODY.")
  String query;

  @Option(names = "--body", paramLabel = "BODY", description = "Body of a mixed request.")
  String body;

  /** The query followed by the body, with no separator: what Binance verifies. */
  String payload() {
    if (payload != null && (query != null || body != null)) {
      throw new MbxException("give either PAYLOAD or --query/--body, not both");
    }
    if (payload != null) {
      return payload;
    }
    if (query == null && body == null) {
      throw new MbxException("no payload: give PAYLOAD, or --query and/or --body");
    }
    return (query == null ? "" : query) + (body == null ? "" : body);
  }
}
