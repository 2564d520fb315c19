package dev.mbx.bench.peers;

import com.binance.connector.client.utils.UrlBuilder;
import com.binance.connector.client.utils.signaturegenerator.HmacSignatureGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The legacy connector's ({@code binance-connector-java} 3.x) signed-request build for a new order:
 * the steps of its {@code RequestHandler.sendSignedRequest} up to the URL it sends, on its own
 * {@link UrlBuilder} and {@link HmacSignatureGenerator}. Values are passed as strings, the
 * connector's cheapest path (no {@code DecimalFormat}).
 */
public final class LegacyOrderSigning implements LongFunction<String> {
  private final HmacSignatureGenerator generator;

  public LegacyOrderSigning(String secretKey) {
    this.generator = new HmacSignatureGenerator(secretKey);
  }

  /** Returns the full signed URL for an order stamped {@code timestamp}. */
  @Override
  public String apply(long timestamp) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("symbol", TypicalOrder.SYMBOL);
    parameters.put("side", TypicalOrder.SIDE);
    parameters.put("type", TypicalOrder.TYPE);
    parameters.put("timeInForce", TypicalOrder.TIME_IN_FORCE);
    parameters.put("quantity", TypicalOrder.QUANTITY);
    parameters.put("price", TypicalOrder.PRICE);
    parameters.put("recvWindow", TypicalOrder.RECV_WINDOW);
    parameters.putIfAbsent("timestamp", String.valueOf(timestamp));
    parameters.put("signature", generator.getSignature(UrlBuilder.joinQueryParameters(parameters)));
    return UrlBuilder.buildFullUrl(TypicalOrder.NOWHERE, TypicalOrder.PATH, parameters);
  }
}
