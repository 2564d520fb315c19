package dev.mbx.client;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends {@link WireRequest}s over one OkHttp client and returns what came back, whatever the
 * status.
 *
 * <p>The query and body are handed to OkHttp as already-encoded strings: {@link
 * HttpUrl.Builder#encodedQuery} keeps a query made only of unreserved characters, {@code %XX},
 * {@code &} and {@code =} verbatim, and a {@code String} body is written as its UTF-8 bytes. So
 * what was signed is what is sent.
 *
 * <p>Holds the API key, which goes only into the {@code X-MBX-APIKEY} header of signed requests and
 * never into logs, messages, exchanges or {@code toString()}. DEBUG logs name the endpoint, status,
 * latency and used weight; TRACE logs add the query and body with the signature redacted.
 */
final class Transport {
  private static final System.Logger LOG = System.getLogger(Transport.class.getName());
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
  private static final String API_KEY_HEADER = "X-MBX-APIKEY";
  private static final String WEIGHT_PREFIX = "x-mbx-used-weight-";
  private static final String ORDER_COUNT_PREFIX = "x-mbx-order-count-";
  private static final Pattern SIGNATURE = Pattern.compile("(^|&)signature=[^&]*");

  private final OkHttpClient http;
  private final String baseUrl;

  /**
   * The parsed URL of each path used so far, without a query. Parsing a whole signed URL on every
   * call cost more than signing it; now only the query is added, which OkHttp keeps as it is. The
   * paths are SpotClient's own, a few dozen at most.
   */
  private final Map<String, HttpUrl> endpoints = new ConcurrentHashMap<>();

  private final String apiKey;
  private final ExchangeListener listener;
  private final Clock clock;

  Transport(String baseUrl, String apiKey, ExchangeListener listener, Clock clock) {
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(10))
            .callTimeout(Duration.ofSeconds(15))
            // OkHttp would silently resend a request whose connection failed, which for an
            // order can place it twice; a failure is reported instead.
            .retryOnConnectionFailure(false)
            .build();
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.listener = listener;
    this.clock = clock;
  }

  /**
   * Sends {@code wire} and returns the response, successful or not.
   *
   * @throws IOException if no response arrived; whether the server acted on it is then unknown
   *     unless the connection was never made
   */
  RawResponse execute(WireRequest wire) throws IOException {
    Request request = toRequest(wire);
    logRequest(wire);
    long start = System.nanoTime();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      RawResponse raw = toRaw(response, body);
      logResponse(wire, raw, start);
      notifyListener(wire, request, response.code(), body);
      return raw;
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> wire.endpoint() + " failed: " + e);
      throw e;
    }
  }

  /** Stops this client's threads and closes its idle connections. */
  void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private Request toRequest(WireRequest wire) {
    HttpUrl endpoint = endpoints.computeIfAbsent(wire.path(), path -> HttpUrl.get(baseUrl + path));
    HttpUrl url =
        wire.query().isEmpty()
            ? endpoint
            : endpoint.newBuilder().encodedQuery(wire.query()).build();
    RequestBody body = wire.method().equals("POST") ? RequestBody.create(wire.body(), FORM) : null;
    Request.Builder request = new Request.Builder().url(url).method(wire.method(), body);
    if (wire.signed()) {
      request.header(API_KEY_HEADER, apiKey);
    }
    return request.build();
  }

  private RawResponse toRaw(Response response, String body) {
    Map<String, Long> weight = new HashMap<>(4);
    Map<String, Long> orders = new HashMap<>(4);
    Headers headers = response.headers();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i).toLowerCase(Locale.ROOT);
      if (name.startsWith(WEIGHT_PREFIX)) {
        putNumber(weight, name.substring(WEIGHT_PREFIX.length()), headers.value(i));
      } else if (name.startsWith(ORDER_COUNT_PREFIX)) {
        putNumber(orders, name.substring(ORDER_COUNT_PREFIX.length()), headers.value(i));
      }
    }
    return new RawResponse(
        response.code(),
        body,
        Map.copyOf(weight),
        Map.copyOf(orders),
        parseLong(response.header("Retry-After")),
        clock.millis());
  }

  private static void putNumber(Map<String, Long> into, String interval, String value) {
    parseLong(value).ifPresent(n -> into.put(interval.toUpperCase(Locale.ROOT), n));
  }

  private static OptionalLong parseLong(String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static void logRequest(WireRequest wire) {
    LOG.log(
        Level.TRACE,
        () ->
            wire.endpoint()
                + " query="
                + redact(wire.query())
                + " body="
                + redact(wire.body())
                + (wire.signed() ? " " + API_KEY_HEADER + "=<redacted>" : ""));
  }

  private static void logResponse(WireRequest wire, RawResponse raw, long start) {
    LOG.log(
        Level.DEBUG,
        () ->
            wire.endpoint()
                + " -> "
                + raw.status()
                + " in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms, used weight "
                + (raw.usedWeight().isEmpty() ? "-" : raw.usedWeight()));
  }

  /** The query or body with the signature's value replaced, for TRACE logs. */
  static String redact(String encoded) {
    return SIGNATURE.matcher(encoded).replaceAll("$1signature=<redacted>");
  }

  private void notifyListener(WireRequest wire, Request request, int status, String body) {
    if (listener == null) {
      return;
    }
    try {
      listener.onExchange(
          new Exchange(wire.method(), request.url().toString(), wire.body(), status, body));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "exchange listener failed for " + wire.endpoint(), e);
    }
  }
}
