package dev.mbx.bench.peers;

import com.binance.connector.client.impl.SpotClientImpl;
import com.binance.connector.client.impl.spot.Trade;
import java.util.LinkedHashMap;
import java.util.function.Supplier;

/**
 * The legacy connector's own client calling {@code GET /api/v3/account}: {@link SpotClientImpl}
 * with an API key, an HMAC secret and a base URL (the sandbox's), which signs, sends over its
 * shared OkHttp 4 client and returns the body as a string.
 */
public final class LegacyAccountCall implements Supplier<String> {
  private final Trade trade;

  public LegacyAccountCall(String baseUrl, String apiKey, String secretKey) {
    this.trade = new SpotClientImpl(apiKey, secretKey, baseUrl).createTrade();
  }

  @Override
  public String get() {
    return trade.account(new LinkedHashMap<>());
  }
}
