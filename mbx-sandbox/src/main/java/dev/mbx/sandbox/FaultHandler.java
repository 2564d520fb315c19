package dev.mbx.sandbox;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Sits in front of {@link SandboxHandler} and adds what {@link SandboxControl} asks for: the admin
 * API under {@code /sandbox/}, rate limiting (429, 418 with {@code Retry-After}), failing new
 * orders with a 503 before or after they execute, added latency, the {@code X-MBX-ORDER-COUNT-*}
 * headers and the request log. One instance per connection, on its event loop.
 *
 * <p>Responses leave in request order (HTTP/1.1 without reordering), so a queue of the requests
 * passed on pairs each response with its request.
 */
final class FaultHandler extends ChannelDuplexHandler {
  static final String ADMIN_PREFIX = "/sandbox/";

  private static final String ORDER_PATH = "/api/v3/order";
  private static final AsciiString RETRY_AFTER = AsciiString.cached("Retry-After");
  private static final AsciiString ORDER_COUNT_10S = AsciiString.cached("X-MBX-ORDER-COUNT-10S");
  private static final AsciiString ORDER_COUNT_1D = AsciiString.cached("X-MBX-ORDER-COUNT-1D");
  private static final String UNKNOWN_STATUS_MSG =
      "Timeout waiting for response from backend server. Send status unknown;"
          + " execution status unknown.";

  private final Exchange exchange;
  private final Api api;
  private final SandboxControl control;
  private final AdminApi admin;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private String clientIp = "unknown";

  /** A request passed on to {@link SandboxHandler}, waiting for its response. */
  private record Pending(long time, String method, String path, String apiKey, boolean newOrder) {}

  FaultHandler(Exchange exchange, Api api, SandboxControl control) {
    this.exchange = exchange;
    this.api = api;
    this.control = control;
    this.admin = new AdminApi(control);
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    clientIp = SandboxHandler.ipOf(ctx);
    control.connectionOpened();
    super.channelActive(ctx);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest request) || request.decoderResult().isFailure()) {
      pending.add(new Pending(exchange.now(), "", "", null, false));
      ctx.fireChannelRead(msg);
      return;
    }
    String uri = request.uri();
    int question = uri.indexOf('?');
    String path = question < 0 ? uri : uri.substring(0, question);
    if (path.startsWith(ADMIN_PREFIX)) {
      try {
        admin.handle(ctx, request, path);
      } finally {
        ReferenceCountUtil.release(request);
      }
      return;
    }
    long now = exchange.now();
    String apiKey = request.headers().get(SandboxHandler.API_KEY_HEADER);
    boolean newOrder = request.method().equals(HttpMethod.POST) && path.equals(ORDER_PATH);
    Pending entry = new Pending(now, request.method().name(), path, apiKey, newOrder);
    RateLimiter.Refusal refusal =
        control.limiter().admit(clientIp, weightOf(request, path, question), apiKey, newOrder, now);
    if (refusal != null) {
      HttpResponseStatus status = refusal.status();
      refuse(
          ctx, request, entry, status, refusal.code(), refusal.msg(), refusal.retryAfterSeconds());
      return;
    }
    if (newOrder && control.takeOrderFailure(Faults.OrderFailure.BEFORE_EXECUTION)) {
      refuse(
          ctx,
          request,
          entry,
          HttpResponseStatus.SERVICE_UNAVAILABLE,
          -1007,
          UNKNOWN_STATUS_MSG,
          0);
      return;
    }
    pending.add(entry);
    ctx.fireChannelRead(request);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    Pending entry = msg instanceof FullHttpResponse ? pending.poll() : null;
    if (entry == null) {
      ctx.write(msg, promise);
      return;
    }
    FullHttpResponse response = adjust(ctx, entry, (FullHttpResponse) msg);
    if (!entry.path().isEmpty()) {
      control.logRequest(
          new SandboxControl.LoggedRequest(
              entry.time(), entry.method(), entry.path(), response.status().code()));
    }
    long latency = entry.path().startsWith("/api/") ? control.latencyMillis() : 0;
    if (latency > 0) {
      ctx.executor()
          .schedule(() -> ctx.writeAndFlush(response, promise), latency, TimeUnit.MILLISECONDS);
    } else {
      ctx.write(response, promise);
    }
  }

  /** Order counts on placed orders, a 503 after execution, the weight header's interval. */
  private FullHttpResponse adjust(
      ChannelHandlerContext ctx, Pending entry, FullHttpResponse response) {
    FullHttpResponse adjusted = response;
    if (entry.newOrder() && response.status().equals(HttpResponseStatus.OK)) {
      long[] counts = control.limiter().orderPlaced(String.valueOf(entry.apiKey()), entry.time());
      if (control.takeOrderFailure(Faults.OrderFailure.AFTER_EXECUTION)) {
        adjusted = replace(ctx, response, HttpResponseStatus.SERVICE_UNAVAILABLE, -1007);
      } else {
        response.headers().setInt(ORDER_COUNT_10S, (int) counts[0]);
        response.headers().setInt(ORDER_COUNT_1D, (int) counts[1]);
      }
    }
    renameWeightHeader(adjusted.headers());
    return adjusted;
  }

  /** {@link HttpReplies} names the header for one minute; another window gets its own name. */
  private void renameWeightHeader(HttpHeaders headers) {
    RateLimits.Interval interval =
        RateLimits.Interval.of(control.limiter().rules().weightInterval());
    String used = headers.get(HttpReplies.USED_WEIGHT_1M);
    if (used == null || interval.suffix().equals("1M")) {
      return;
    }
    headers.remove(HttpReplies.USED_WEIGHT_1M);
    headers.set("X-MBX-USED-WEIGHT-" + interval.suffix(), used);
  }

  private static FullHttpResponse replace(
      ChannelHandlerContext ctx, FullHttpResponse original, HttpResponseStatus status, int code) {
    FullHttpResponse replacement =
        new DefaultFullHttpResponse(
            original.protocolVersion(),
            status,
            HttpReplies.render(ctx, JsonBody.error(code, UNKNOWN_STATUS_MSG)));
    replacement.headers().set(original.headers());
    replacement
        .headers()
        .setInt(HttpHeaderNames.CONTENT_LENGTH, replacement.content().readableBytes());
    original.release();
    return replacement;
  }

  private void refuse(
      ChannelHandlerContext ctx,
      FullHttpRequest request,
      Pending entry,
      HttpResponseStatus status,
      int code,
      String msg,
      long retryAfterSeconds) {
    control.logRequest(
        new SandboxControl.LoggedRequest(
            entry.time(), entry.method(), entry.path(), status.code()));
    int used = control.meter().used(clientIp, entry.time());
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    HttpVersion version = request.protocolVersion();
    ReferenceCountUtil.release(request);
    Runnable send =
        () ->
            HttpReplies.send(
                ctx,
                version,
                keepAlive,
                status,
                JsonBody.error(code, msg),
                used,
                false,
                retryAfterSeconds > 0 ? RETRY_AFTER : null,
                Long.toString(retryAfterSeconds));
    long latency = control.latencyMillis();
    if (latency > 0) {
      ctx.executor().schedule(send, latency, TimeUnit.MILLISECONDS);
    } else {
      send.run();
    }
  }

  /** The weight the request will be charged, for the limit check; only read when enforced. */
  private int weightOf(FullHttpRequest request, String path, int question) {
    if (!control.limiter().rules().enforced()) {
      return 0;
    }
    Route route = null;
    for (Route candidate : api.at(path)) {
      if (candidate.method().equals(request.method())) {
        route = candidate;
      }
    }
    if (route == null) {
      return 1;
    }
    RequestParams params;
    try {
      String query = question < 0 ? "" : request.uri().substring(question + 1);
      String body =
          request.method().equals(HttpMethod.GET)
              ? ""
              : request.content().toString(StandardCharsets.ISO_8859_1);
      params = RequestParams.parse(query, body);
    } catch (ApiException e) {
      params = null;
    }
    return route.weigher().weight(params, false);
  }
}
