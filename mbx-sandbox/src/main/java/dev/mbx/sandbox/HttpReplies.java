package dev.mbx.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes JSON responses with the headers every Binance answer carries. */
final class HttpReplies {
  static final AsciiString USED_WEIGHT_1M = AsciiString.cached("X-MBX-USED-WEIGHT-1M");
  static final AsciiString USED_WEIGHT = AsciiString.cached("X-MBX-USED-WEIGHT");
  static final AsciiString JSON_UTF8 = AsciiString.cached("application/json;charset=UTF-8");

  private static final JsonFactory JSON = new JsonFactory();

  private HttpReplies() {}

  /**
   * Sends {@code body} with {@code status}. The connection stays open when the request allows it
   * (HTTP/1.1 default) unless {@code close} is set, for input after which the stream is unusable.
   */
  static void send(
      ChannelHandlerContext ctx,
      HttpVersion version,
      boolean keepAlive,
      HttpResponseStatus status,
      JsonBody body,
      int usedWeight,
      boolean close) {
    send(ctx, version, keepAlive, status, body, usedWeight, close, null, null);
  }

  /**
   * As {@link #send(ChannelHandlerContext, HttpVersion, boolean, HttpResponseStatus, JsonBody, int,
   * boolean)}, plus one more header when {@code extraName} is not null.
   */
  static void send(
      ChannelHandlerContext ctx,
      HttpVersion version,
      boolean keepAlive,
      HttpResponseStatus status,
      JsonBody body,
      int usedWeight,
      boolean close,
      CharSequence extraName,
      String extraValue) {
    ByteBuf content = render(ctx, body);
    FullHttpResponse response = new DefaultFullHttpResponse(version, status, content);
    HttpHeaders headers = response.headers();
    headers.set(HttpHeaderNames.CONTENT_TYPE, JSON_UTF8);
    headers.setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
    headers.setInt(USED_WEIGHT, usedWeight);
    headers.setInt(USED_WEIGHT_1M, usedWeight);
    if (extraName != null) {
      headers.set(extraName, extraValue);
    }
    boolean open = keepAlive && !close;
    HttpUtil.setKeepAlive(response, open);
    if (open) {
      ctx.writeAndFlush(response, ctx.voidPromise());
    } else {
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  static ByteBuf render(ChannelHandlerContext ctx, JsonBody body) {
    ByteBuf content = ctx.alloc().buffer(256);
    try (OutputStream out = new ByteBufOutputStream(content);
        JsonGenerator g = JSON.createGenerator(out)) {
      body.write(g);
    } catch (IOException | RuntimeException e) {
      content.release();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
    return content;
  }
}
