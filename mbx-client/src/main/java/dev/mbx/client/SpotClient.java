package dev.mbx.client;

import dev.mbx.core.HmacSigner;
import dev.mbx.core.Params;
import dev.mbx.core.RecvWindow;
import dev.mbx.core.Signer;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;

/**
 * A synchronous client for the Binance Spot REST API.
 *
 * <p>Immutable and thread-safe: build one per base URL and key and share it; it owns one connection
 * pool. Every SIGNED call gets a fresh {@code timestamp} from the configured clock and a fresh
 * signature, with parameters encoded once by {@code dev.mbx.core} and sent exactly as signed. GET
 * and DELETE carry their parameters in the query, POST in an {@code
 * application/x-www-form-urlencoded} body.
 *
 * <p>Every call throws {@link BinanceException} when the server answers with Binance error JSON,
 * and {@link dev.mbx.core.MbxException} when it cannot be reached or answers something unusable.
 * After a 5xx or a timeout on POST or DELETE, an order's outcome is unknown: nothing is retried.
 *
 * @see <a href="https://developers.binance.com/docs/binance-spot-api-docs/rest-api">REST API</a>
 */
public final class SpotClient implements AutoCloseable {
  private static final String ORDER = "/api/v3/order";

  private final String baseUrl;
  private final Signing signing;
  private final Transport transport;
  private final Json json = new Json();
  private final AtomicBoolean closed = new AtomicBoolean();

  private SpotClient(Builder builder, Signer signer) {
    this.baseUrl = builder.baseUrl;
    this.signing = signer == null ? null : new Signing(signer, builder.recvWindow, builder.clock);
    this.transport = new Transport(baseUrl, builder.apiKey, builder.listener, json);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Tests connectivity: {@code GET /api/v3/ping}. */
  public void ping() {
    send(WireRequest.unsigned("/api/v3/ping", Params.of()));
  }

  /** The server's clock in epoch milliseconds: {@code GET /api/v3/time}. */
  public long serverTime() {
    WireRequest wire = WireRequest.unsigned("/api/v3/time", Params.of());
    return json.read(send(wire), Json.ServerTime.class, wire).serverTime();
  }

  /** Trading rules for every symbol: {@code GET /api/v3/exchangeInfo}. */
  public ExchangeInfo exchangeInfo() {
    return exchangeInfo(Params.of());
  }

  /**
   * Trading rules for {@code symbols} only, sent as the JSON array Binance expects ({@code
   * symbols=["BTCUSDT","BNBBTC"]}, percent-encoded).
   */
  public ExchangeInfo exchangeInfo(List<String> symbols) {
    Objects.requireNonNull(symbols, "symbols == null");
    return exchangeInfo(Params.builder().add("symbols", symbols).build());
  }

  /** Commission rates, permissions and balances: {@code GET /api/v3/account} (SIGNED). */
  public Account account() {
    return signed("GET", "/api/v3/account", Params.of(), Account.class);
  }

  /**
   * Validates {@code order} without sending it to the matching engine: {@code POST
   * /api/v3/order/test} (SIGNED).
   */
  public void testOrder(NewOrder order) {
    Objects.requireNonNull(order, "order == null");
    send(sign("POST", ORDER + "/test", order.params()));
  }

  /** Places {@code order}: {@code POST /api/v3/order} (SIGNED). */
  public Order newOrder(NewOrder order) {
    Objects.requireNonNull(order, "order == null");
    return signed("POST", ORDER, order.params(), Order.class);
  }

  /** Looks an order up by its server id: {@code GET /api/v3/order} (SIGNED). */
  public Order order(String symbol, long orderId) {
    return signed("GET", ORDER, byOrderId(symbol, orderId), Order.class);
  }

  /** Looks an order up by its client order id: {@code GET /api/v3/order} (SIGNED). */
  public Order order(String symbol, String origClientOrderId) {
    return signed("GET", ORDER, byClientOrderId(symbol, origClientOrderId), Order.class);
  }

  /** Cancels an order by its server id: {@code DELETE /api/v3/order} (SIGNED). */
  public Order cancelOrder(String symbol, long orderId) {
    return signed("DELETE", ORDER, byOrderId(symbol, orderId), Order.class);
  }

  /** Cancels an order by its client order id: {@code DELETE /api/v3/order} (SIGNED). */
  public Order cancelOrder(String symbol, String origClientOrderId) {
    return signed("DELETE", ORDER, byClientOrderId(symbol, origClientOrderId), Order.class);
  }

  /**
   * Open orders on {@code symbol}, or on every symbol when it is null (much heavier on the weight
   * limit): {@code GET /api/v3/openOrders} (SIGNED).
   */
  public List<Order> openOrders(String symbol) {
    Params params = Params.builder().addIfPresent("symbol", symbol).build();
    WireRequest wire = sign("GET", "/api/v3/openOrders", params);
    return json.readList(send(wire), Order.class, wire);
  }

  /**
   * Sends a request to any endpoint, for those the typed methods do not cover, and returns the
   * server's JSON as received. A {@code signed} call gets {@code recvWindow} (when configured), a
   * fresh {@code timestamp} and a signature exactly like the typed calls, with its parameters in
   * the form body for POST and in the query otherwise; an unsigned call sends them in the query.
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
    WireRequest wire =
        signed
            ? sign(method, path, params)
            : new WireRequest(method, path, params.encode(), "", false);
    return send(wire);
  }

  /** Releases this client's threads and idle connections. Later calls fail; idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
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
    WireRequest wire = WireRequest.unsigned("/api/v3/exchangeInfo", query);
    return json.read(send(wire), ExchangeInfo.class, wire);
  }

  private <T> T signed(String method, String path, Params params, Class<T> type) {
    WireRequest wire = sign(method, path, params);
    return json.read(send(wire), type, wire);
  }

  private WireRequest sign(String method, String path, Params params) {
    if (signing == null) {
      throw new IllegalStateException(
          path + " is a SIGNED endpoint: set apiKey and secretKey (or signer) on the builder");
    }
    return signing.sign(method, path, params);
  }

  private String send(WireRequest wire) {
    if (closed.get()) {
      throw new IllegalStateException("this SpotClient is closed");
    }
    return transport.execute(wire);
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

    /** The source of {@code timestamp}; default {@link Clock#systemUTC()}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
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
