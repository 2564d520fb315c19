package dev.mbx.sandbox;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Collects a request and its body up to {@link #MAX_BODY_BYTES}. A bigger body gets 413 in
 * Binance's JSON error form instead of Netty's empty 413, and the connection is closed because the
 * rest of the body would otherwise have to be read and thrown away.
 */
final class BoundedAggregator extends HttpObjectAggregator {
  /** Far above any real order form (a few hundred bytes), far below anything costly. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final Exchange exchange;
  private final WeightMeter meter;

  BoundedAggregator(Exchange exchange, WeightMeter meter) {
    super(MAX_BODY_BYTES);
    this.exchange = exchange;
    this.meter = meter;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    int used = meter.add(SandboxHandler.ipOf(ctx), 1, exchange.now());
    JsonBody body = JsonBody.error(-1101, "Too many parameters sent for this endpoint.");
    HttpVersion version = oversized.protocolVersion();
    HttpReplies.send(
        ctx, version, false, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, body, used, true);
  }
}
