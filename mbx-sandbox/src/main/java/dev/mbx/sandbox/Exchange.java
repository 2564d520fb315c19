package dev.mbx.sandbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The sandbox's state: its clock, its accounts by API key, and the id sequences. */
final class Exchange {
  /**
   * What {@code X-MBX-APIKEY} must look like, else {@code -2014}. Binance's keys are 64
   * alphanumerics; whether it enforces exactly that is unconfirmed, so the sandbox refuses only
   * what cannot be a key (empty, whitespace, punctuation, over 128 chars) and lets an unknown key
   * of the right shape reach {@code -2015}.
   */
  static final Pattern API_KEY_FORMAT = Pattern.compile("[A-Za-z0-9]{1,128}");

  private static final String ID_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final Clock clock;
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Ids ids = new Ids();
  private final AtomicLong uids = new AtomicLong(354937868);
  private volatile Consumer<ReceivedRequest> observer;

  /** Order and trade ids, increasing across all symbols. */
  static final class Ids {
    private final AtomicLong orderIds = new AtomicLong();
    private final AtomicLong tradeIds = new AtomicLong();

    long nextOrderId() {
      return orderIds.incrementAndGet();
    }

    long nextTradeId() {
      return tradeIds.incrementAndGet();
    }
  }

  Exchange(Clock clock) {
    this.clock = clock;
  }

  long now() {
    return clock.millis();
  }

  Ids ids() {
    return ids;
  }

  void observeRequests(Consumer<ReceivedRequest> observer) {
    this.observer = observer;
  }

  /** Hands the request to the observer, if there is one; builds nothing otherwise. */
  void observe(Route route, String query, String body, RequestParams params) {
    Consumer<ReceivedRequest> current = observer;
    if (current != null) {
      String method = route.method().name();
      current.accept(new ReceivedRequest(method, route.path(), query, body, params.asMap()));
    }
  }

  /** The account for {@code apiKey}, or null. */
  Account account(String apiKey) {
    return accounts.get(apiKey);
  }

  void addAccount(String apiKey, AccountKey key, Map<String, BigDecimal> balances) {
    if (!API_KEY_FORMAT.matcher(apiKey).matches()) {
      throw new IllegalArgumentException("api key must be 1 to 128 of [A-Za-z0-9]: " + apiKey);
    }
    Account account = new Account(apiKey, key, balances, uids.getAndIncrement(), now());
    if (accounts.putIfAbsent(apiKey, account) != null) {
      throw new IllegalArgumentException("api key already has an account: " + apiKey);
    }
  }

  /** A random id of {@code length} characters from {@code [A-Za-z0-9]}. */
  static String randomId(int length) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = ID_CHARS.charAt(random.nextInt(ID_CHARS.length()));
    }
    return new String(chars);
  }
}
