package dev.mbx.sandbox;

import dev.mbx.core.MbxException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.math.BigDecimal;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A local Binance Spot REST exchange on 127.0.0.1. It checks API keys, signatures (HMAC, RSA and
 * Ed25519) and timestamps as Binance does and answers with Binance's JSON shapes, codes and
 * messages.
 *
 * <p>It serves {@code ping}, {@code time}, {@code exchangeInfo}, {@code account}, {@code order}
 * (place, query, cancel), {@code order/test} and {@code openOrders} under {@code /api/v3}. Orders
 * trade against a fixed last price per symbol; there is no order book and no commission. Like
 * Binance, each endpoint refuses parameters it does not read ({@code -1104}).
 *
 * <p>One endpoint is the sandbox's own: {@code GET|POST /mbx/v1/echo} is SIGNED and checked like
 * any other, reads every parameter, and answers {@code {"params":{name:value,...}}} with the values
 * as it decoded them, so a client can check its signing and encoding end to end.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().start()) {
 *   URI base = sandbox.baseUrl();
 *   Credentials demo = sandbox.demo();
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops the server and its event loops.
 */
public final class Sandbox implements AutoCloseable {
  private static final String LOOPBACK = "127.0.0.1";
  private static final int IDLE_SECONDS = 120;

  /** How long one request may take to arrive in full; see {@link RequestDeadline}. */
  private static final Duration REQUEST_DEADLINE = Duration.ofSeconds(30);

  private final Exchange exchange;
  private final SandboxControl control;
  private final Credentials demo;
  private final EventLoopGroup bossGroup;
  private final EventLoopGroup workerGroup;
  private final Channel serverChannel;
  private final int port;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final RejectionExplainer explainer;
  private final long requestDeadlineMillis;

  private Sandbox(Builder builder) throws InterruptedException {
    this.control = new SandboxControl(builder.faults, builder.rateLimits);
    this.exchange = new Exchange(control.clock(builder.clock));
    exchange.observeRequests(builder.observer);
    this.demo = new Credentials(builder.demoApiKey, builder.demoSecretKey);
    this.explainer = new RejectionExplainer(builder.explain);
    this.requestDeadlineMillis = builder.requestDeadline.toMillis();
    exchange.addAccount(demo.apiKey(), AccountKey.hmac(demo.secretKey()), demoBalances());
    builder.keyAccounts.forEach(
        (apiKey, publicKey) ->
            exchange.addAccount(apiKey, AccountKey.publicKey(publicKey), demoBalances()));
    this.bossGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    this.workerGroup = new MultiThreadIoEventLoopGroup(workerThreads(), NioIoHandler.newFactory());
    try {
      this.serverChannel = bind(builder.port);
    } catch (Exception e) { // bind() rethrows checked socket exceptions undeclared
      shutdownGroups();
      if (e instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw new MbxException(
          "cannot listen on " + LOOPBACK + ":" + builder.port + ": " + bindFailure(e), e);
    }
    this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /** A builder with port 0, the UTC system clock and a random demo key pair. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL, such as {@code http://127.0.0.1:54321}, without a trailing slash. */
  public URI baseUrl() {
    return URI.create("http://" + LOOPBACK + ":" + port);
  }

  /** The port the server listens on. */
  public int port() {
    return port;
  }

  /** The demo account's key pair: BTC 1, ETH 10, BNB 50, LTC 100, USDT 10000 at start. */
  public Credentials demo() {
    return demo;
  }

  /**
   * Adds an HMAC account.
   *
   * @param apiKey 1 to 128 characters of {@code [A-Za-z0-9]}, not yet in use
   * @param secretKey the HMAC secret, non-empty, used exactly as given
   * @param balances the free balance per asset; assets not named start at zero
   * @throws IllegalArgumentException if the key is malformed or taken, or the secret is empty
   */
  public void addHmacAccount(String apiKey, String secretKey, Map<String, BigDecimal> balances) {
    Objects.requireNonNull(apiKey, "apiKey == null");
    Objects.requireNonNull(secretKey, "secretKey == null");
    Objects.requireNonNull(balances, "balances == null");
    exchange.addAccount(apiKey, AccountKey.hmac(secretKey), Map.copyOf(balances));
  }

  /**
   * Adds an account whose requests are signed with the private key of {@code publicKey}: RSA
   * ({@code SHA256withRSA}) or Ed25519, verified over the raw payload as Binance does.
   *
   * @param apiKey 1 to 128 characters of {@code [A-Za-z0-9]}, not yet in use
   * @param publicKey an RSA or Ed25519 public key, e.g. from {@link
   *     dev.mbx.core.Keys#readPublicKey}
   * @param balances the free balance per asset; assets not named start at zero
   * @throws IllegalArgumentException if the key is malformed or taken, or the public key is neither
   *     RSA nor Ed25519
   */
  public void addKeyAccount(String apiKey, PublicKey publicKey, Map<String, BigDecimal> balances) {
    Objects.requireNonNull(apiKey, "apiKey == null");
    Objects.requireNonNull(publicKey, "publicKey == null");
    Objects.requireNonNull(balances, "balances == null");
    exchange.addAccount(apiKey, AccountKey.publicKey(publicKey), Map.copyOf(balances));
  }

  /** Stops listening, closes every connection and stops the event loops. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      serverChannel.close().syncUninterruptibly();
      shutdownGroups();
    }
  }

  /** Blocks until the server channel is closed. */
  void awaitClose() throws InterruptedException {
    serverChannel.closeFuture().sync();
  }

  private static String bindFailure(Exception e) {
    if (e instanceof BindException && String.valueOf(e.getMessage()).contains("in use")) {
      return "the port is in use; choose another port, or 0 for any free one";
    }
    return String.valueOf(e.getMessage());
  }

  private Channel bind(int port) throws InterruptedException {
    WeightMeter meter = control.meter();
    Api api = new Api(exchange, () -> control.limiter().rules());
    Authenticator authenticator = new Authenticator(exchange);
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(bossGroup, workerGroup)
            .channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    channel
                        .pipeline()
                        .addLast(new RequestDeadline(requestDeadlineMillis))
                        .addLast(new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS))
                        .addLast(new HttpServerCodec())
                        .addLast(new BoundedAggregator(exchange, meter))
                        .addLast(new FaultHandler(exchange, api, control))
                        .addLast(
                            new SandboxHandler(
                                exchange, api, authenticator, meter, control, explainer));
                  }
                });
    // A literal address: no name lookup, and never anything but the IPv4 loopback.
    return bootstrap.bind(new InetSocketAddress(LOOPBACK, port)).sync().channel();
  }

  private void shutdownGroups() {
    bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    workerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private static int workerThreads() {
    return Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));
  }

  private static Map<String, BigDecimal> demoBalances() {
    Map<String, BigDecimal> balances = new LinkedHashMap<>();
    balances.put("BTC", new BigDecimal("1.00000000"));
    balances.put("ETH", new BigDecimal("10.00000000"));
    balances.put("BNB", new BigDecimal("50.00000000"));
    balances.put("LTC", new BigDecimal("100.00000000"));
    balances.put("USDT", new BigDecimal("10000.00000000"));
    return balances;
  }

  /** Configures and starts a {@link Sandbox}. Not thread-safe; reusable. */
  public static final class Builder {
    private static final String KEY_CHARS =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private int port;
    private Clock clock = Clock.systemUTC();
    private String demoApiKey;
    private String demoSecretKey;
    private Map<String, PublicKey> keyAccounts = new LinkedHashMap<>();
    private Consumer<ReceivedRequest> observer;
    private boolean explain;
    private Duration requestDeadline = REQUEST_DEADLINE;
    private Faults faults = Faults.NONE;
    private RateLimits rateLimits = RateLimits.BINANCE;

    private Builder() {}

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** The server's time source for {@code serverTime} and the timestamp checks. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** The demo account's API key; by default 64 random characters of {@code [A-Za-z0-9]}. */
    public Builder demoApiKey(String key) {
      this.demoApiKey = Objects.requireNonNull(key, "key == null");
      return this;
    }

    /** The demo account's secret; by default 64 random characters of {@code [A-Za-z0-9]}. */
    public Builder demoSecretKey(String secret) {
      this.demoSecretKey = Objects.requireNonNull(secret, "secret == null");
      return this;
    }

    /**
     * Registers, at start, an account for {@code apiKey} holding an RSA or Ed25519 public key and
     * the demo account's starting balances; see {@link Sandbox#addKeyAccount}.
     *
     * @throws IllegalArgumentException if this builder already has an account for {@code apiKey}
     */
    public Builder keyAccount(String apiKey, PublicKey publicKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      Objects.requireNonNull(publicKey, "publicKey == null");
      if (keyAccounts.putIfAbsent(apiKey, publicKey) != null) {
        throw new IllegalArgumentException("api key already has an account: " + apiKey);
      }
      return this;
    }

    /**
     * Faults to inject from the start; default {@link Faults#NONE}. See {@code /sandbox/faults}.
     */
    public Builder faults(Faults faults) {
      this.faults = Objects.requireNonNull(faults, "faults == null");
      return this;
    }

    /**
     * For tests and tools: receives every request to a known endpoint once its parameters are
     * decoded and before it is authenticated (requests refused earlier, for an unknown path, a
     * malformed API key or undecodable parameters, are not seen). It runs on the server's event
     * loop, so it must be quick, thread-safe and must not throw.
     */
    public Builder requestObserver(Consumer<ReceivedRequest> observer) {
      this.observer = Objects.requireNonNull(observer, "observer == null");
      return this;
    }

    /**
     * Whether each rejected SIGNED request gets a {@code X-Mbx-Sandbox-Diagnosis} response header
     * naming the mistake and its fix (off by default). The JSON body stays exactly Binance's.
     */
    public Builder explain(boolean explain) {
      this.explain = explain;
      return this;
    }

    /** How long one request may take to arrive in full (30 s by default); shorter in tests. */
    Builder requestDeadline(Duration deadline) {
      this.requestDeadline = Objects.requireNonNull(deadline, "deadline == null");
      return this;
    }

    /**
     * The rate limits; default {@link RateLimits#BINANCE}, which are advertised but not enforced.
     */
    public Builder rateLimits(RateLimits limits) {
      this.rateLimits = Objects.requireNonNull(limits, "limits == null");
      return this;
    }

    /**
     * Binds 127.0.0.1 and returns once the server listens.
     *
     * @throws IllegalArgumentException if a demo key or secret given is unusable, or a key account
     *     repeats an API key or holds a key that is neither RSA nor Ed25519
     * @throws dev.mbx.core.MbxException if the port cannot be bound
     * @throws IllegalStateException if the thread is interrupted
     */
    public Sandbox start() {
      Builder resolved = copyWithDefaults();
      try {
        return new Sandbox(resolved);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while binding", e);
      }
    }

    private Builder copyWithDefaults() {
      SecureRandom random = new SecureRandom();
      Builder copy = new Builder();
      copy.port = port;
      copy.clock = clock;
      copy.explain = explain;
      copy.faults = faults;
      copy.requestDeadline = requestDeadline;
      copy.rateLimits = rateLimits;
      copy.demoApiKey = demoApiKey != null ? demoApiKey : randomKey(random);
      copy.demoSecretKey = demoSecretKey != null ? demoSecretKey : randomKey(random);
      copy.keyAccounts = new LinkedHashMap<>(keyAccounts);
      copy.observer = observer;
      return copy;
    }

    private static String randomKey(SecureRandom random) {
      char[] chars = new char[64];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length()));
      }
      return new String(chars);
    }
  }
}
