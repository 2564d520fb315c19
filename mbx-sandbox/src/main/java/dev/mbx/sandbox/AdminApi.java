package dev.mbx.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's own control API under {@code /sandbox/}, outside Binance's {@code /api/}: not
 * signed, not weighed, not logged. JSON in and out.
 *
 * <ul>
 *   <li>{@code GET /sandbox/faults}: the faults and rate limits in force.
 *   <li>{@code POST /sandbox/faults}: changes the fields given, keeps the rest; answers the result.
 *       Fields: {@code clockSkewMillis}, {@code accountClockSkewMillis} (API key to ms), {@code
 *       latencyMillis}, {@code orderFailure} ({@code NONE}, {@code BEFORE_EXECUTION}, {@code
 *       AFTER_EXECUTION}), {@code failingOrders}, and {@code rateLimits} with {@code enforced},
 *       {@code requestWeight}, {@code weightIntervalSeconds}, {@code ordersPer10Seconds}, {@code
 *       ordersPerDay}, {@code banSeconds}.
 *   <li>{@code DELETE /sandbox/faults}: back to the faults and limits the sandbox started with.
 *   <li>{@code GET /sandbox/requests}: {@code {"connections":n,"requests":[{"time","method","path",
 *       "status"}]}}, the latest {@value SandboxControl#LOG_CAPACITY} {@code /api/} requests at
 *       most.
 *   <li>{@code DELETE /sandbox/requests}: empties that log.
 * </ul>
 *
 * Errors come as {@code {"code":-1130,"msg":...}} with HTTP 400, or {@code -1020} with 404.
 */
final class AdminApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> FAULT_FIELDS =
      Set.of(
          "clockSkewMillis",
          "accountClockSkewMillis",
          "latencyMillis",
          "orderFailure",
          "failingOrders",
          "rateLimits");
  private static final Set<String> LIMIT_FIELDS =
      Set.of(
          "enforced",
          "requestWeight",
          "weightIntervalSeconds",
          "ordersPer10Seconds",
          "ordersPerDay",
          "banSeconds");

  private final SandboxControl control;

  AdminApi(SandboxControl control) {
    this.control = control;
  }

  void handle(ChannelHandlerContext ctx, FullHttpRequest request, String path) {
    HttpResponseStatus status = HttpResponseStatus.OK;
    JsonBody body;
    try {
      body = route(request, path);
    } catch (IllegalArgumentException e) {
      status = HttpResponseStatus.BAD_REQUEST;
      body = JsonBody.error(-1130, e.getMessage());
    } catch (UnsupportedOperationException e) {
      status = HttpResponseStatus.NOT_FOUND;
      body = JsonBody.error(-1020, "This operation is not supported.");
    }
    HttpReplies.send(
        ctx, request.protocolVersion(), HttpUtil.isKeepAlive(request), status, body, 0, false);
  }

  private JsonBody route(FullHttpRequest request, String path) {
    HttpMethod method = request.method();
    if (path.equals("/sandbox/faults")) {
      if (method.equals(HttpMethod.POST)) {
        update(parse(request));
      } else if (method.equals(HttpMethod.DELETE)) {
        control.reset();
      } else if (!method.equals(HttpMethod.GET)) {
        throw new UnsupportedOperationException();
      }
      return this::writeFaults;
    }
    if (path.equals("/sandbox/requests")) {
      if (method.equals(HttpMethod.DELETE)) {
        control.clearRequests();
      } else if (!method.equals(HttpMethod.GET)) {
        throw new UnsupportedOperationException();
      }
      return this::writeRequests;
    }
    throw new UnsupportedOperationException();
  }

  private static JsonNode parse(FullHttpRequest request) {
    String text = request.content().toString(StandardCharsets.UTF_8);
    try {
      JsonNode node = MAPPER.readTree(text.isBlank() ? "{}" : text);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("body must be a JSON object: " + text);
      }
      return node;
    } catch (IOException e) {
      throw new IllegalArgumentException("body is not JSON: " + text, e);
    }
  }

  private void update(JsonNode json) {
    requireKnown(json, FAULT_FIELDS);
    Faults faults = control.faults();
    if (json.has("clockSkewMillis")) {
      faults = faults.withClockSkew(Duration.ofMillis(number(json, "clockSkewMillis")));
    }
    if (json.has("accountClockSkewMillis")) {
      faults = faults.withAccountClockSkew(accountSkews(json.get("accountClockSkewMillis")));
    }
    if (json.has("latencyMillis")) {
      faults = faults.withLatency(Duration.ofMillis(number(json, "latencyMillis")));
    }
    if (json.has("orderFailure") || json.has("failingOrders")) {
      Faults.OrderFailure failure =
          json.has("orderFailure") ? orderFailure(json) : faults.orderFailure();
      int count = json.has("failingOrders") ? (int) number(json, "failingOrders") : 1;
      faults = faults.withFailingOrders(failure, count);
    }
    RateLimits limits = json.has("rateLimits") ? limits(json.get("rateLimits")) : null;
    control.faults(faults);
    if (limits != null) {
      control.limiter().rules(limits);
    }
  }

  private RateLimits limits(JsonNode json) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("rateLimits must be a JSON object: " + json);
    }
    requireKnown(json, LIMIT_FIELDS);
    RateLimits limits = control.limiter().rules();
    boolean enforced = json.has("enforced") ? json.get("enforced").asBoolean() : limits.enforced();
    int weight =
        json.has("requestWeight") ? (int) number(json, "requestWeight") : limits.requestWeight();
    Duration interval =
        json.has("weightIntervalSeconds")
            ? Duration.ofSeconds(number(json, "weightIntervalSeconds"))
            : limits.weightInterval();
    int per10s =
        json.has("ordersPer10Seconds")
            ? (int) number(json, "ordersPer10Seconds")
            : limits.ordersPer10Seconds();
    int perDay =
        json.has("ordersPerDay") ? (int) number(json, "ordersPerDay") : limits.ordersPerDay();
    Duration ban =
        json.has("banSeconds") ? Duration.ofSeconds(number(json, "banSeconds")) : limits.ban();
    return new RateLimits(enforced, weight, interval, per10s, perDay, ban);
  }

  private static Map<String, Duration> accountSkews(JsonNode json) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("accountClockSkewMillis must be a JSON object: " + json);
    }
    Map<String, Duration> skews = new HashMap<>();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      skews.put(field.getKey(), Duration.ofMillis(number(json, field.getKey())));
    }
    return skews;
  }

  private static Faults.OrderFailure orderFailure(JsonNode json) {
    String value = json.get("orderFailure").asText();
    try {
      return Faults.OrderFailure.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "orderFailure must be NONE, BEFORE_EXECUTION or AFTER_EXECUTION: " + value, e);
    }
  }

  private static long number(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (!value.canConvertToLong()) {
      throw new IllegalArgumentException(field + " must be a whole number: " + value);
    }
    return value.asLong();
  }

  private static void requireKnown(JsonNode json, Set<String> known) {
    json.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown field: " + name);
              }
            });
  }

  private void writeFaults(JsonGenerator g) throws IOException {
    Faults faults = control.faults();
    RateLimits limits = control.limiter().rules();
    g.writeStartObject();
    g.writeNumberField("clockSkewMillis", faults.clockSkew().toMillis());
    g.writeObjectFieldStart("accountClockSkewMillis");
    for (Map.Entry<String, Duration> skew : faults.accountClockSkew().entrySet()) {
      g.writeNumberField(skew.getKey(), skew.getValue().toMillis());
    }
    g.writeEndObject();
    g.writeNumberField("latencyMillis", faults.latency().toMillis());
    g.writeStringField("orderFailure", faults.orderFailure().name());
    g.writeNumberField("failingOrders", faults.failingOrders());
    g.writeObjectFieldStart("rateLimits");
    g.writeBooleanField("enforced", limits.enforced());
    g.writeNumberField("requestWeight", limits.requestWeight());
    g.writeNumberField("weightIntervalSeconds", limits.weightInterval().toSeconds());
    g.writeNumberField("ordersPer10Seconds", limits.ordersPer10Seconds());
    g.writeNumberField("ordersPerDay", limits.ordersPerDay());
    g.writeNumberField("banSeconds", limits.ban().toSeconds());
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeRequests(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("connections", control.connections());
    g.writeArrayFieldStart("requests");
    for (SandboxControl.LoggedRequest request : control.requests()) {
      g.writeStartObject();
      g.writeNumberField("time", request.time());
      g.writeStringField("method", request.method());
      g.writeStringField("path", request.path());
      g.writeNumberField("status", request.status());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
