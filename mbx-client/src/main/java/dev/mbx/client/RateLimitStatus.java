package dev.mbx.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rate-limit picture as of the last response.
 *
 * @param usedWeight the IP's used request weight by interval as the last response reported it
 *     ({@code X-MBX-USED-WEIGHT-1M} becomes {@code "1M" -> 20}); empty before any response
 * @param orderCount the account's order counts by interval from the last order response ({@code
 *     X-MBX-ORDER-COUNT-10S} becomes {@code "10S" -> 3}); empty before any
 * @param limits the limits the client paces against, from the last {@code exchangeInfo}; empty
 *     until one was fetched
 * @param retryAfter while a 429 or 418 holds, the time before which nothing is sent
 */
public record RateLimitStatus(
    Map<String, Long> usedWeight,
    Map<String, Long> orderCount,
    List<ExchangeInfo.RateLimit> limits,
    Optional<Instant> retryAfter) {

  public RateLimitStatus {
    usedWeight = Map.copyOf(usedWeight);
    orderCount = Map.copyOf(orderCount);
    limits = List.copyOf(limits);
  }
}
