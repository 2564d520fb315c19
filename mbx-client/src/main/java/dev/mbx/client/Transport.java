package dev.mbx.client;

import dev.mbx.core.MbxException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends {@link WireRequest}s over one OkHttp client and returns successful bodies.
 *
 * <p>The query and body are handed to OkHttp as already-encoded strings: {@link HttpUrl} keeps a
 * query made only of unreserved characters, {@code %XX}, {@code &} and {@code =} verbatim, and a
 * {@code String} body is written as its UTF-8 bytes. So what was signed is what is sent.
 *
 * <p>Holds the API key, which goes only into the {@code X-MBX-APIKEY} header of signed requests and
 * never into logs, messages, exchanges or {@code toString()}.
 */
final class Transport {
  private static final System.Logger LOG = System.getLogger(Transport.class.getName());
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
  private static final String API_KEY_HEADER = "X-MBX-APIKEY";
  private static final String WEIGHT_HEADER = "X-MBX-USED-WEIGHT-1M";

  private final OkHttpClient http;
  private final String baseUrl;
  private final String apiKey;
  private final ExchangeListener listener;
  private final Json json;
  private final TransportFailures failures;

  Transport(String baseUrl, String apiKey, ExchangeListener listener, Json json) {
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
    this.json = json;
    this.failures = new TransportFailures(baseUrl);
  }

  /**
   * Sends {@code wire} and returns the body of a 2xx response.
   *
   * @throws BinanceException if the server answered with Binance error JSON
   * @throws MbxException if the server could not be reached or answered something else
   */
  String execute(WireRequest wire) {
    Request request = toRequest(wire);
    long start = System.nanoTime();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      logExchange(wire, response, start);
      notifyListener(wire, request, response.code(), body);
      if (!response.isSuccessful()) {
        throw failures.status(wire, response.code(), body, json.error(body));
      }
      return body;
    } catch (IOException e) {
      throw failures.io(wire, e);
    }
  }

  /** Stops this client's threads and closes its idle connections. */
  void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private Request toRequest(WireRequest wire) {
    String url = baseUrl + wire.path() + (wire.query().isEmpty() ? "" : "?" + wire.query());
    RequestBody body = wire.method().equals("POST") ? RequestBody.create(wire.body(), FORM) : null;
    Request.Builder request =
        new Request.Builder().url(HttpUrl.get(url)).method(wire.method(), body);
    if (wire.signed()) {
      request.header(API_KEY_HEADER, apiKey);
    }
    return request.build();
  }

  private static void logExchange(WireRequest wire, Response response, long start) {
    LOG.log(
        Level.DEBUG,
        () ->
            wire.endpoint()
                + " -> "
                + response.code()
                + " in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms, used weight 1m: "
                + response.header(WEIGHT_HEADER, "-"));
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
