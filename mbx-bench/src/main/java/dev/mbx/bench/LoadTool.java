package dev.mbx.bench;

import dev.mbx.client.SpotClient;
import dev.mbx.core.HmacSigner;
import dev.mbx.core.Params;
import dev.mbx.core.SignedRequest;
import dev.mbx.core.Signer;
import dev.mbx.sandbox.Sandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A bounded loopback load test of the sandbox and of three clients calling it.
 *
 * <p>The sandbox runs in this JVM on 127.0.0.1 with a fixed demo key: one command, nothing to clean
 * up, and no process left behind if the tool dies. The price is that server and clients share the
 * JVM and the two cores, which the figures include; every scenario pays it equally.
 *
 * <p>Scenarios, each at every concurrency (threads, one synchronous request in flight each):
 *
 * <ul>
 *   <li>{@code ping}: unsigned {@code GET /api/v3/ping} over raw OkHttp: the server's ceiling;
 *   <li>{@code account-raw}: {@code GET /api/v3/account} over raw OkHttp, pre-signed (re-signed
 *       once a second, {@code recvWindow} 60000, so no request goes stale);
 *   <li>{@code account-mbx}: {@code SpotClient.account()}: sign, send and parse per call;
 *   <li>{@code account-legacy}: the legacy connector's {@code SpotClientImpl} doing the same (from
 *       mbx-bench-peers, on its own OkHttp 4, see {@link PeerLoader}).
 * </ul>
 *
 * <p>Each runs a warm-up, then rounds of fixed length; the throughput of every round is written as
 * one TSV line per scenario. Bounded: at most {@code --max-requests} per scenario and a fixed
 * number of seconds. Options: {@code --concurrency=1,16 --warmup-seconds=3 --rounds=5
 * --round-seconds=2 --max-requests=3000000 --out=load.tsv}.
 */
public final class LoadTool {
  private static final String PING = "/api/v3/ping";
  private static final String ACCOUNT = "/api/v3/account";
  private static final long RESIGN_MILLIS = 1_000;

  private final Map<String, String> options;
  private final PrintStream log;

  private LoadTool(Map<String, String> options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    new LoadTool(parse(args), System.out).run();
  }

  private void run() throws IOException, InterruptedException {
    List<String> lines = new ArrayList<>();
    lines.add("scenario\tconcurrency\trounds_req_per_s\terrors\tfirst_error");
    try (Sandbox sandbox =
        Sandbox.builder()
            .port(0)
            .demoApiKey(TypicalOrder.API_KEY)
            .demoSecretKey(TypicalOrder.SECRET)
            .start()) {
      String base = sandbox.baseUrl().toString();
      OkHttpClient raw = new OkHttpClient();
      PreSigned account = new PreSigned(base + ACCOUNT, HmacSigner.of(TypicalOrder.SECRET));
      Request ping = new Request.Builder().url(base + PING).build();
      Supplier<String> legacy =
          PeerLoader.call("LegacyAccountCall", base, TypicalOrder.API_KEY, TypicalOrder.SECRET);
      try (SpotClient mbx = newMbxClient(base)) {
        Map<String, BooleanSupplier> scenarios = new java.util.LinkedHashMap<>();
        scenarios.put("ping", () -> succeeds(raw, ping));
        scenarios.put("account-raw", () -> succeeds(raw, account.current()));
        scenarios.put("account-mbx", () -> mbx.account() != null);
        scenarios.put("account-legacy", () -> legacy.get() != null);
        for (Map.Entry<String, BooleanSupplier> scenario : scenarios.entrySet()) {
          warmUp(scenario.getValue());
        }
        for (String level : options.getOrDefault("concurrency", "1,16").split(",")) {
          int concurrency = Integer.parseInt(level.trim());
          for (Map.Entry<String, BooleanSupplier> scenario : scenarios.entrySet()) {
            lines.add(measure(scenario.getKey(), scenario.getValue(), concurrency));
          }
        }
      } finally {
        raw.dispatcher().executorService().shutdown();
        raw.connectionPool().evictAll();
      }
    }
    Path out = Path.of(options.getOrDefault("out", "load.tsv"));
    Files.write(out, lines, StandardCharsets.UTF_8);
    log.println("wrote " + out);
  }

  private static SpotClient newMbxClient(String base) {
    return SpotClient.builder()
        .baseUrl(base)
        .apiKey(TypicalOrder.API_KEY)
        .secretKey(TypicalOrder.SECRET)
        .build();
  }

  /**
   * Compiles every scenario's path before any is measured, so that the first one measured does not
   * pay for the JIT of the code all of them share (OkHttp, the sandbox).
   */
  private void warmUp(BooleanSupplier call) throws InterruptedException {
    Workers workers = new Workers(call, 4, Long.MAX_VALUE);
    workers.start();
    Thread.sleep(1_000L * intOption("warmup-seconds", 3));
    workers.stop();
  }

  /** Runs one scenario at one concurrency and returns its TSV line. */
  private String measure(String name, BooleanSupplier call, int concurrency)
      throws InterruptedException {
    int rounds = intOption("rounds", 5);
    long roundMillis = 1_000L * intOption("round-seconds", 2);
    long maxRequests = Long.parseLong(options.getOrDefault("max-requests", "3000000"));
    Workers workers = new Workers(call, concurrency, maxRequests);
    workers.start();
    Thread.sleep(1_000L * intOption("warmup-seconds", 3));
    List<String> perRound = new ArrayList<>();
    for (int round = 0; round < rounds && !workers.exhausted(); round++) {
      long before = workers.ok.sum();
      long start = System.nanoTime();
      Thread.sleep(roundMillis);
      double seconds = (System.nanoTime() - start) / 1e9;
      perRound.add(
          String.format(java.util.Locale.ROOT, "%.0f", (workers.ok.sum() - before) / seconds));
    }
    workers.stop();
    String firstError = workers.firstError.get();
    log.printf(
        "%-15s c=%-3d req/s per round %s, errors %d%s%n",
        name,
        concurrency,
        perRound,
        workers.errors.sum(),
        firstError == null ? "" : " (first: " + firstError + ")");
    return String.join(
        "\t",
        name,
        Integer.toString(concurrency),
        String.join(",", perRound),
        Long.toString(workers.errors.sum()),
        firstError == null ? "" : firstError.replace('\t', ' ').replace('\n', ' '));
  }

  private static boolean succeeds(OkHttpClient http, Request request) {
    try (Response response = http.newCall(request).execute()) {
      response.body().string();
      return response.isSuccessful();
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    }
  }

  private int intOption(String name, int fallback) {
    return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("options look like --name=value: " + arg);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    return options;
  }

  /** Threads calling one scenario in a loop until stopped or out of requests. */
  private static final class Workers {
    private final BooleanSupplier call;
    private final List<Thread> threads = new ArrayList<>();
    private final long maxRequests;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final LongAdder ok = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    Workers(BooleanSupplier call, int concurrency, long maxRequests) {
      this.call = call;
      this.maxRequests = maxRequests;
      for (int i = 0; i < concurrency; i++) {
        threads.add(new Thread(this::loop, "load-" + i));
      }
    }

    void start() {
      threads.forEach(Thread::start);
    }

    boolean exhausted() {
      return ok.sum() + errors.sum() >= maxRequests;
    }

    void stop() throws InterruptedException {
      stopped.set(true);
      for (Thread thread : threads) {
        thread.join(30_000);
      }
    }

    private void loop() {
      while (!stopped.get() && !exhausted()) {
        try {
          if (call.getAsBoolean()) {
            ok.increment();
          } else {
            errors.increment();
            firstError.compareAndSet(null, "unsuccessful HTTP status");
          }
        } catch (RuntimeException e) {
          errors.increment();
          firstError.compareAndSet(null, e.toString());
        }
      }
    }
  }

  /**
   * A signed account request shared by every thread, re-signed once a second with {@code
   * recvWindow} 60000 so that none is older than the window allows.
   */
  private static final class PreSigned {
    private final String url;
    private final Signer signer;
    private final AtomicReference<Request> request = new AtomicReference<>();
    private volatile long signedAt;

    PreSigned(String url, Signer signer) {
      this.url = url;
      this.signer = signer;
      resign(System.currentTimeMillis());
    }

    Request current() {
      long now = System.currentTimeMillis();
      if (now - signedAt > RESIGN_MILLIS) {
        resign(now);
      }
      return request.get();
    }

    private void resign(long now) {
      Params params = Params.builder().add("recvWindow", 60_000).add("timestamp", now).build();
      SignedRequest signed = SignedRequest.sign(params, Params.of(), signer);
      request.set(
          new Request.Builder()
              .url(url + "?" + signed.query())
              .header("X-MBX-APIKEY", TypicalOrder.API_KEY)
              .build());
      signedAt = now;
    }
  }
}
