package dev.mbx.sandbox;

import dev.mbx.sandbox.diagnosis.Diagnosis;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.timeout.IdleStateEvent;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Serves one connection: routes each request, authenticates SIGNED ones, runs the handler and
 * answers with JSON and the used-weight header. Runs on the channel's event loop; the handlers only
 * touch memory, and shared state is guarded by {@link Account} and {@link WeightMeter}.
 */
final class SandboxHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  static final String API_KEY_HEADER = "X-MBX-APIKEY";

  private static final System.Logger LOG = System.getLogger("dev.mbx.sandbox");

  private final Exchange exchange;
  private final Api api;
  private final Authenticator authenticator;
  private final WeightMeter meter;
  private final RejectionExplainer explainer;
  private final SandboxControl control;
  private String clientIp = "unknown";

  SandboxHandler(
      Exchange exchange,
      Api api,
      Authenticator authenticator,
      WeightMeter meter,
      SandboxControl control,
      RejectionExplainer explainer) {
    this.exchange = exchange;
    this.api = api;
    this.authenticator = authenticator;
    this.meter = meter;
    this.explainer = explainer;
    this.control = control;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    clientIp = ipOf(ctx);
    super.channelActive(ctx);
  }

  static String ipOf(ChannelHandlerContext ctx) {
    return ctx.channel().remoteAddress() instanceof InetSocketAddress address
        ? address.getAddress().getHostAddress()
        : "unknown";
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (request.decoderResult().isFailure()) {
      rejectUnreadable(ctx, request, request.decoderResult().cause());
      return;
    }
    String uri = request.uri();
    int question = uri.indexOf('?');
    String path = stripAuthority(question < 0 ? uri : uri.substring(0, question));
    String query = question < 0 ? "" : uri.substring(question + 1);
    List<Route> routes = api.at(path);
    Route route = find(routes, request.method());
    if (route == null) {
      rejectUnrouted(ctx, request, routes);
      return;
    }
    serve(ctx, request, route, query);
  }

  private static Route find(List<Route> routes, HttpMethod method) {
    for (Route route : routes) {
      if (route.method().equals(method)) {
        return route;
      }
    }
    return null;
  }

  private void serve(
      ChannelHandlerContext ctx, FullHttpRequest request, Route route, String query) {
    long now = exchange.now();
    RequestParams params = null;
    HttpResponseStatus status = HttpResponseStatus.OK;
    JsonBody body;
    Account account = null;
    String diagnosis = null;
    try {
      account =
          route.signed() ? authenticator.account(request.headers().get(API_KEY_HEADER)) : null;
      String rawBody = bodyOf(request);
      params = RequestParams.parse(query, rawBody);
      exchange.observe(route, query, rawBody, params);
      if (route.signed()) {
        authenticator.verify(account, params, now + control.accountSkewMillis(account.apiKey()));
      }
      route.requireAllRead(params);
      body = route.handler().handle(new Route.Call(params, account, now));
    } catch (ApiException e) {
      status = e.status();
      body = JsonBody.error(e.code(), e.msg());
      diagnosis = logRejection(route, e, request, query, account, now);
    } catch (RuntimeException e) {
      // A sandbox bug: answer like Binance's -1000 rather than drop the connection.
      LOG.log(Level.WARNING, "handler failed for " + route.method() + " " + route.path(), e);
      status = HttpResponseStatus.INTERNAL_SERVER_ERROR;
      body = JsonBody.error(-1000, "An unknown error occurred while processing the request.");
    }
    int used =
        meter.add(clientIp, route.weigher().weight(params, status == HttpResponseStatus.OK), now);
    HttpReplies.send(
        ctx,
        request.protocolVersion(),
        HttpUtil.isKeepAlive(request),
        status,
        body,
        used,
        false,
        diagnosis == null ? null : RejectionExplainer.HEADER,
        diagnosis);
  }

  /** GET parameters come only from the query (Binance docs); other methods may use a form body. */
  private static String bodyOf(FullHttpRequest request) {
    if (request.method().equals(HttpMethod.GET) || !request.content().isReadable()) {
      return "";
    }
    return request.content().toString(StandardCharsets.ISO_8859_1);
  }

  /** Accepts an absolute-form target ({@code http://host:port/path}) as well as a bare path. */
  private static String stripAuthority(String target) {
    if (target.startsWith("/")) {
      return target;
    }
    int scheme = target.indexOf("://");
    int slash = scheme < 0 ? -1 : target.indexOf('/', scheme + 3);
    return slash < 0 ? target : target.substring(slash);
  }

  /**
   * Logs why a SIGNED request was rejected, with the diagnosis engine's reason (never the secret),
   * and returns the diagnosis header value, or null.
   */
  private String logRejection(
      Route route,
      ApiException e,
      FullHttpRequest request,
      String query,
      Account account,
      long now) {
    if (!route.signed()) {
      return null;
    }
    Diagnosis diagnosis =
        explainer.diagnose(LOG, request, route.path(), query, bodyOf(request), account, now);
    String reason =
        diagnosis == null || diagnosis.accepted()
            ? ""
            : " (" + diagnosis.cause().id() + ": " + diagnosis.sentence() + ")";
    LOG.log(
        Level.DEBUG,
        () ->
            "rejected "
                + route.method()
                + " "
                + route.path()
                + ": "
                + e.code()
                + " "
                + e.msg()
                + reason);
    return explainer.header(diagnosis);
  }

  /**
   * Unknown path: 404; known path, other method: 405 with {@code Allow}. Binance answers these from
   * its front end (an empty or HTML body); the JSON body with -1020 is the sandbox's choice.
   */
  private void rejectUnrouted(
      ChannelHandlerContext ctx, FullHttpRequest request, List<Route> routes) {
    HttpResponseStatus status =
        routes.isEmpty() ? HttpResponseStatus.NOT_FOUND : HttpResponseStatus.METHOD_NOT_ALLOWED;
    int used = meter.add(clientIp, 1, exchange.now());
    JsonBody body = JsonBody.error(-1020, "This operation is not supported.");
    LOG.log(Level.DEBUG, () -> status.code() + " for " + request.method() + " " + request.uri());
    HttpReplies.send(
        ctx, request.protocolVersion(), HttpUtil.isKeepAlive(request), status, body, used, false);
  }

  /**
   * The decoder could not read the request (bad request line, over-long line or headers). The
   * stream cannot be resynchronised, so the connection is closed after the answer.
   */
  private void rejectUnreadable(
      ChannelHandlerContext ctx, FullHttpRequest request, Throwable cause) {
    boolean tooLong = cause instanceof TooLongFrameException;
    HttpResponseStatus status =
        tooLong
            ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
            : HttpResponseStatus.BAD_REQUEST;
    JsonBody body =
        tooLong
            ? JsonBody.error(-1101, "Too many parameters sent for this endpoint.")
            : JsonBody.error(-1100, "Illegal characters found in a parameter.");
    int used = meter.add(clientIp, 1, exchange.now());
    LOG.log(Level.DEBUG, () -> "unreadable request: " + cause);
    HttpReplies.send(ctx, request.protocolVersion(), false, status, body, used, true);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event instanceof IdleStateEvent) {
      ctx.close();
      return;
    }
    super.userEventTriggered(ctx, event);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.log(Level.WARNING, "closing connection after an unexpected error", cause);
    ctx.close();
  }
}
