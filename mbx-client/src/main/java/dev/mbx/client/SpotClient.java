package dev.mbx.client;

import dev.mbx.client.Caller.Call;
import dev.mbx.client.Caller.Kind;
import dev.mbx.core.HmacSigner;
import dev.mbx.core.Params;
import dev.mbx.core.RecvWindow;
import dev.mbx.core.Signer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;

/**
 * A client for the Binance Spot REST API, with a synchronous and a {@link CompletableFuture} form
 * of every endpoint.
 *
 * <p>Thread-safe: build one per base URL and key and share it; it owns one connection pool, which
 * its calls share, and closing it affects no other client. Every SIGNED call gets a fresh {@code
 * timestamp} from the server's clock as estimated by {@link ClockOffset} (measured before the first
 * signed call and refreshed periodically) and a fresh signature, with parameters encoded once by
 * {@code dev.mbx.core} and sent exactly as signed. GET and DELETE carry their parameters in the
 * query, POST in an {@code application/x-www-form-urlencoded} body.
 *
 * <p>What the client does by itself: reads are retried with capped, jittered backoff on I/O errors
 * and 5xx; a {@code -1021} leads to one clock measurement and one re-signed resend; requests are
 * paced within the limits of the last {@code exchangeInfo} (call it once at start); after a 429 or
 * 418 nothing is sent until its {@code Retry-After}. A new order always carries a {@code
 * newClientOrderId}; when its outcome is unknown it is never re-sent but looked up by that id.
 *
 * <p>Failures are unchecked and rooted at {@link dev.mbx.core.MbxException}: {@link
 * BinanceException} and its subclasses for what the server reported, {@link
 * UnknownOutcomeException} for a state change that may or may not have happened, {@link
 * ThrottledException} for a request held back by pacing, and plain {@code MbxException} when the
 * server could not be reached or answered something unusable. Async forms complete exceptionally
 * with the same exceptions.
 *
 * @see <a href="https://developers.binance.com/docs/binance-spot-api-docs/rest-api">REST API</a>
 */
public final class SpotClient implements AutoCloseable {
  private static final String ORDER = "/api/v3/order";
  private static final int EXCHANGE_INFO_WEIGHT = 20;

  private final String baseUrl;
  private final Signing signing;
  private final Transport transport;
  private final ServerClock clock;
  private final Pacer pacer;
  private final Caller caller;
  private final OrderLookup lookup;
  private final ClientOrderIds clientOrderIds;
  private final Executor executor;
  private final ExecutorService ownExecutor;
  private final Json json = new Json();
  private final AtomicBoolean closed = new AtomicBoolean();

  private SpotClient(Builder builder, Signer signer) {
    this.baseUrl = builder.baseUrl;
    this.signing = signer == null ? null : new Signing(signer, builder.recvWindow);
    this.transport = new Transport(baseUrl, builder.apiKey, builder.listener, builder.clock);
    this.clock =
        new ServerClock(builder.clock, builder.serverTimeSync, builder.timeSyncInterval.toMillis());
    this.pacer = new Pacer(clock, builder.pacing, builder.maxRateLimitWait.toMillis());
    Backoff backoff = new Backoff(builder.maxAttempts, 100, 2_000, builder.random);
    this.caller =
        new Caller(transport, new TransportFailures(baseUrl), signing, clock, pacer, backoff, json);
    long recvWindow = signing == null ? 5_000 : signing.recvWindowMillis();
    this.lookup =
        new OrderLookup(
            this::order, clock, backoff, recvWindow, builder.unknownOutcomeLookup.toMillis());
    this.clientOrderIds = new ClientOrderIds(builder.random);
    this.ownExecutor = builder.executor == null ? newExecutor() : null;
    this.executor = builder.executor != null ? builder.executor : ownExecutor;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Tests connectivity: {@code GET /api/v3/ping}. */
  public void ping() {
    call(Call.read("/api/v3/ping", Params.of(), false, 1));
  }

  /** The server's clock in epoch milliseconds: {@code GET /api/v3/time}. */
  public long serverTime() {
    requireOpen();
    return caller.serverTime();
  }

  /**
   * Measures the offset between the server's clock and the local one ({@code GET /api/v3/time},
   * taken at the midpoint of the round trip) and signs with it from now on.
   */
  public ClockOffset syncClock() {
    requireOpen();
    return caller.measureClock();
  }

  /** The last clock measurement, if any was made yet. */
  public Optional<ClockOffset> clockOffset() {
    return clock.last();
  }

  /** The used weight and order counts as last reported, and the limits in force. */
  public RateLimitStatus rateLimitStatus() {
    return pacer.status();
  }

  /**
   * Trading rules for every symbol: {@code GET /api/v3/exchangeInfo}. Its rate limits become the
   * limits the client paces requests against.
   */
  public ExchangeInfo exchangeInfo() {
    return exchangeInfo(Params.of());
  }

  /**
   * Trading rules for {@code symbols} only, sent as the JSON array Binance expects ({@code
   * symbols=["BTCUSDT","BNBBTC"]}, percent-encoded). Its rate limits are taken as for {@link
   * #exchangeInfo()}.
   */
  public ExchangeInfo exchangeInfo(List<String> symbols) {
    Objects.requireNonNull(symbols, "symbols == null");
    return exchangeInfo(Params.builder().add("symbols", symbols).build());
  }

  /** Commission rates, permissions and balances: {@code GET /api/v3/account} (SIGNED). */
  public Account account() {
    return read(Call.read("/api/v3/account", Params.of(), true, 20), Account.class);
  }

  /**
   * Validates {@code order} without sending it to the matching engine: {@code POST
   * /api/v3/order/test} (SIGNED). It changes nothing, so it is retried like a read.
   */
  public void testOrder(NewOrder order) {
    Objects.requireNonNull(order, "order == null");
    call(new Call("POST", ORDER + "/test", order.params(), true, 1, Kind.READ));
  }

  /**
   * Places {@code order}: {@code POST /api/v3/order} (SIGNED). An order without a client order id
   * gets a generated one. If the outcome is unknown (5xx, {@code -1006}, {@code -1007}, timeout),
   * the order is not sent again: it is looked up by its client order id and returned when found.
   *
   * @throws UnknownOutcomeException when the lookups do not find it; its {@link
   *     UnknownOutcomeException#resolution()} says whether it is known not to have been placed
   */
  public Order newOrder(NewOrder order) {
    Objects.requireNonNull(order, "order == null");
    NewOrder identified =
        order.newClientOrderId() != null
            ? order
            : order.withNewClientOrderId(clientOrderIds.next());
    try {
      return read(
          new Call("POST", ORDER, identified.params(), true, 1, Kind.NEW_ORDER), Order.class);
    } catch (UnknownOutcomeException e) {
      return lookup.resolve(identified.symbol(), identified.newClientOrderId(), e);
    }
  }

  /** Looks an order up by its server id: {@code GET /api/v3/order} (SIGNED). */
  public Order order(String symbol, long orderId) {
    return read(Call.read(ORDER, byOrderId(symbol, orderId), true, 4), Order.class);
  }

  /** Looks an order up by its client order id: {@code GET /api/v3/order} (SIGNED). */
  public Order order(String symbol, String origClientOrderId) {
    return read(Call.read(ORDER, byClientOrderId(symbol, origClientOrderId), true, 4), Order.class);
  }

  /**
   * Cancels an order by its server id: {@code DELETE /api/v3/order} (SIGNED). Never re-sent; an
   * unknown outcome raises {@link UnknownOutcomeException}.
   */
  public Order cancelOrder(String symbol, long orderId) {
    return read(
        new Call("DELETE", ORDER, byOrderId(symbol, orderId), true, 1, Kind.CHANGE), Order.class);
  }

  /**
   * Cancels an order by its client order id: {@code DELETE /api/v3/order} (SIGNED). Never re-sent;
   * an unknown outcome raises {@link UnknownOutcomeException}.
   */
  public Order cancelOrder(String symbol, String origClientOrderId) {
    Params params = byClientOrderId(symbol, origClientOrderId);
    return read(new Call("DELETE", ORDER, params, true, 1, Kind.CHANGE), Order.class);
  }

  /**
   * Open orders on {@code symbol}, or on every symbol when it is null (much heavier on the weight
   * limit): {@code GET /api/v3/openOrders} (SIGNED).
   */
  public List<Order> openOrders(String symbol) {
    Params params = Params.builder().addIfPresent("symbol", symbol).build();
    Call call = Call.read("/api/v3/openOrders", params, true, symbol == null ? 80 : 6);
    return json.readList(call(call), Order.class, call.endpoint());
  }

  /**
   * Sends a request to any endpoint, for those the typed methods do not cover, and returns the
   * server's JSON as received. A {@code signed} call gets {@code recvWindow} (when configured), a
   * fresh {@code timestamp} and a signature exactly like the typed calls, with its parameters in
   * the form body for POST and in the query otherwise; an unsigned call sends them in the query. A
   * GET is retried like the typed reads; POST and DELETE may change state, so they are never
   * re-sent. The weight reserved for pacing is 1, since the endpoint's own weight is not known.
   *
   * @param method {@code GET}, {@code POST} or {@code DELETE}
   * @param path the endpoint path, e.g. {@code /api/v3/order/test}
   * @param params the business parameters, in the order to send them
   * @throws IllegalArgumentException for another method or a path not starting with {@code /}
   */
  public String send(String method, String path, Params params, boolean signed) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(params, "params == null");
    if (!List.of("GET", "POST", "DELETE").contains(method)) {
      throw new IllegalArgumentException("method must be GET, POST or DELETE: " + method);
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    Kind kind = method.equals("GET") ? Kind.READ : Kind.CHANGE;
    return call(new Call(method, path, params, signed, 1, kind));
  }

  /** {@link #ping()} on the client's executor. */
  public CompletableFuture<Void> pingAsync() {
    return async(
        () -> {
          ping();
          return null;
        });
  }

  /** {@link #serverTime()} on the client's executor. */
  public CompletableFuture<Long> serverTimeAsync() {
    return async(this::serverTime);
  }

  /** {@link #syncClock()} on the client's executor. */
  public CompletableFuture<ClockOffset> syncClockAsync() {
    return async(this::syncClock);
  }

  /** {@link #exchangeInfo()} on the client's executor. */
  public CompletableFuture<ExchangeInfo> exchangeInfoAsync() {
    return async(this::exchangeInfo);
  }

  /** {@link #exchangeInfo(List)} on the client's executor. */
  public CompletableFuture<ExchangeInfo> exchangeInfoAsync(List<String> symbols) {
    return async(() -> exchangeInfo(symbols));
  }

  /** {@link #account()} on the client's executor. */
  public CompletableFuture<Account> accountAsync() {
    return async(this::account);
  }

  /** {@link #testOrder(NewOrder)} on the client's executor. */
  public CompletableFuture<Void> testOrderAsync(NewOrder order) {
    return async(
        () -> {
          testOrder(order);
          return null;
        });
  }

  /** {@link #newOrder(NewOrder)} on the client's executor. */
  public CompletableFuture<Order> newOrderAsync(NewOrder order) {
    return async(() -> newOrder(order));
  }

  /** {@link #order(String, long)} on the client's executor. */
  public CompletableFuture<Order> orderAsync(String symbol, long orderId) {
    return async(() -> order(symbol, orderId));
  }

  /** {@link #order(String, String)} on the client's executor. */
  public CompletableFuture<Order> orderAsync(String symbol, String origClientOrderId) {
    return async(() -> order(symbol, origClientOrderId));
  }

  /** {@link #cancelOrder(String, long)} on the client's executor. */
  public CompletableFuture<Order> cancelOrderAsync(String symbol, long orderId) {
    return async(() -> cancelOrder(symbol, orderId));
  }

  /** {@link #cancelOrder(String, String)} on the client's executor. */
  public CompletableFuture<Order> cancelOrderAsync(String symbol, String origClientOrderId) {
    return async(() -> cancelOrder(symbol, origClientOrderId));
  }

  /** {@link #openOrders(String)} on the client's executor. */
  public CompletableFuture<List<Order>> openOrdersAsync(String symbol) {
    return async(() -> openOrders(symbol));
  }

  /**
   * Releases this client's threads and idle connections. Later calls fail with {@link
   * IllegalStateException}; calls already running finish. Idempotent; other clients are unaffected.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (ownExecutor != null) {
        ownExecutor.shutdown();
      }
      transport.close();
    }
  }

  @Override
  public String toString() {
    String key = signing == null ? "none" : signing.signer().keyType().toString();
    String window =
        signing == null || signing.recvWindow() == null
            ? "server default"
            : signing.recvWindow().wire();
    return "SpotClient[baseUrl=" + baseUrl + ", keyType=" + key + ", recvWindow=" + window + "]";
  }

  private ExchangeInfo exchangeInfo(Params query) {
    ExchangeInfo info =
        read(
            Call.read("/api/v3/exchangeInfo", query, false, EXCHANGE_INFO_WEIGHT),
            ExchangeInfo.class);
    pacer.limits(info.rateLimits(), EXCHANGE_INFO_WEIGHT);
    return info;
  }

  private <T> T read(Call call, Class<T> type) {
    return json.read(call(call), type, call.endpoint());
  }

  private String call(Call call) {
    requireOpen();
    return caller.execute(call);
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this SpotClient is closed");
    }
  }

  private <T> CompletableFuture<T> async(Supplier<T> call) {
    if (closed.get()) {
      return CompletableFuture.failedFuture(new IllegalStateException("this SpotClient is closed"));
    }
    try {
      return CompletableFuture.supplyAsync(call, executor);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("this SpotClient is closed", e));
    }
  }

  private static ExecutorService newExecutor() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(
        task -> {
          Thread thread = new Thread(task, "mbx-client-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  private static Params byOrderId(String symbol, long orderId) {
    Objects.requireNonNull(symbol, "symbol == null");
    return Params.builder().add("symbol", symbol).add("orderId", orderId).build();
  }

  private static Params byClientOrderId(String symbol, String origClientOrderId) {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(origClientOrderId, "origClientOrderId == null");
    return Params.builder()
        .add("symbol", symbol)
        .add("origClientOrderId", origClientOrderId)
        .build();
  }

  /**
   * Configures a {@link SpotClient}. Not thread-safe; the client it builds is. Without a key the
   * client can still call the public endpoints.
   */
  public static final class Builder {
    private String baseUrl = "https://api.binance.com";
    private String apiKey;
    private Signer hmacSigner;
    private Signer signer;
    private RecvWindow recvWindow;
    private Clock clock = Clock.systemUTC();
    private ExchangeListener listener;
    private boolean serverTimeSync = true;
    private Duration timeSyncInterval = Duration.ofMinutes(5);
    private boolean pacing = true;
    private Duration maxRateLimitWait = Duration.ofSeconds(70);
    private int maxAttempts = 3;
    private RandomGenerator random = new SecureRandom();
    private Duration unknownOutcomeLookup = Duration.ofSeconds(10);
    private Executor executor;

    private Builder() {}

    /**
     * The server to talk to, e.g. {@code http://127.0.0.1:1234}; default {@code
     * https://api.binance.com}. A trailing slash is ignored.
     *
     * @throws IllegalArgumentException if it is not an http(s) URL without query, fragment or user
     *     info
     */
    public Builder baseUrl(String url) {
      Objects.requireNonNull(url, "url == null");
      this.baseUrl = normalize(url);
      return this;
    }

    /**
     * The API key sent in {@code X-MBX-APIKEY} on SIGNED requests, exactly as given.
     *
     * @throws IllegalArgumentException if it is empty or not printable ASCII (a stray newline or
     *     space is the usual cause); the message never repeats the key
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isEmpty() || !apiKey.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
        throw new IllegalArgumentException(
            "apiKey must be non-empty printable ASCII without spaces or line breaks");
      }
      this.apiKey = apiKey;
      return this;
    }

    /** An HMAC secret key; the client signs with {@link HmacSigner}. */
    public Builder secretKey(String secretKey) {
      this.hmacSigner = HmacSigner.of(secretKey);
      return this;
    }

    /** Any signer, for RSA or Ed25519 keys. Use this or {@link #secretKey}, not both. */
    public Builder signer(Signer signer) {
      this.signer = Objects.requireNonNull(signer, "signer == null");
      return this;
    }

    /** The {@code recvWindow} sent with SIGNED requests; when unset none is sent (server: 5000). */
    public Builder recvWindow(RecvWindow window) {
      this.recvWindow = Objects.requireNonNull(window, "window == null");
      return this;
    }

    /**
     * The local clock; default {@link Clock#systemUTC()}. The {@code timestamp} of a signed request
     * is this clock plus the measured offset to the server's.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Whether the client measures the server's clock by itself: before the first signed request,
     * every {@link #timeSyncInterval}, and after a {@code -1021} (then re-signing and resending
     * once). Default true. When false, timestamps come from the local clock alone unless {@link
     * SpotClient#syncClock()} is called.
     */
    public Builder serverTimeSync(boolean enabled) {
      this.serverTimeSync = enabled;
      return this;
    }

    /** How old a clock measurement may get before the next signed request; default 5 minutes. */
    public Builder timeSyncInterval(Duration interval) {
      this.timeSyncInterval = positive(interval, "timeSyncInterval");
      return this;
    }

    /**
     * Whether requests are paced within the limits of the last {@code exchangeInfo}; default true.
     * When false the client sends at once and meets the server's 429 instead (for load tests).
     * {@code Retry-After} after a 429 or 418 is honoured either way.
     */
    public Builder rateLimitPacing(boolean enabled) {
      this.pacing = enabled;
      return this;
    }

    /**
     * The longest a call waits for room within the rate limits before failing with {@link
     * ThrottledException}; {@link Duration#ZERO} fails fast. Default 70 seconds, enough for a
     * one-minute window to pass.
     */
    public Builder maxRateLimitWait(Duration wait) {
      Objects.requireNonNull(wait, "wait == null");
      if (wait.isNegative()) {
        throw new IllegalArgumentException("maxRateLimitWait is negative: " + wait);
      }
      this.maxRateLimitWait = wait;
      return this;
    }

    /**
     * Attempts in all for a read after I/O errors and 5xx, the first one included; default 3, 1
     * disables retries. State-changing requests are never repeated.
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * The source of retry jitter and generated client order ids; must be thread-safe. Default a
     * {@link SecureRandom}.
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /**
     * How long to keep looking up an order whose outcome is unknown, at least until the server's
     * clock has passed its {@code timestamp + recvWindow}; default 10 seconds.
     */
    public Builder unknownOutcomeLookup(Duration duration) {
      this.unknownOutcomeLookup = positive(duration, "unknownOutcomeLookup");
      return this;
    }

    /**
     * Where the {@code ...Async} methods run; default a pool of daemon threads owned by the client
     * and shut down by {@link SpotClient#close()}. A given executor is not shut down.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /** Sees every exchange with the server; optional. */
    public Builder exchangeListener(ExchangeListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if both a secret key and a signer are set, or a key is set
     *     without a way to sign (or the reverse)
     */
    public SpotClient build() {
      if (hmacSigner != null && signer != null) {
        throw new IllegalStateException("set either secretKey or signer, not both");
      }
      Signer chosen = signer != null ? signer : hmacSigner;
      if ((apiKey == null) != (chosen == null)) {
        throw new IllegalStateException(
            apiKey == null
                ? "a secret key or signer needs an apiKey as well"
                : "an apiKey needs a secretKey or signer as well");
      }
      return new SpotClient(this, chosen);
    }

    @Override
    public String toString() {
      Signer chosen = signer != null ? signer : hmacSigner;
      return "SpotClient.Builder[baseUrl="
          + baseUrl
          + ", apiKey="
          + (apiKey == null ? "unset" : "***")
          + ", signer="
          + (chosen == null ? "unset" : chosen.keyType())
          + "]";
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name + " == null");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + duration);
      }
      return duration;
    }

    private static String normalize(String url) {
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null
          || parsed.encodedQuery() != null
          || parsed.encodedFragment() != null
          || !parsed.encodedUsername().isEmpty()) {
        throw new IllegalArgumentException(
            "base URL must be http(s)://host[:port][/path] without query or user info");
      }
      String text = parsed.toString();
      return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
  }
}
