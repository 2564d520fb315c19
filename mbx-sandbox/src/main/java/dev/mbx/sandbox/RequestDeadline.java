package dev.mbx.sandbox;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.concurrent.ScheduledFuture;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection whose request has not been completed within a deadline. The idle timeout
 * alone restarts with every byte, so a client trickling one byte at a time would hold a connection
 * open forever. The clock starts at the first byte of a request and stops when its response is
 * written (which happens only once the whole request was read); the next byte starts it again. Sits
 * at the head of the pipeline, before the HTTP codec, so it sees raw bytes.
 */
final class RequestDeadline extends ChannelDuplexHandler {
  private static final System.Logger LOG = System.getLogger("dev.mbx.sandbox");

  private final long deadlineMillis;
  private ScheduledFuture<?> timer;

  RequestDeadline(long deadlineMillis) {
    this.deadlineMillis = deadlineMillis;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) {
    if (timer == null && message instanceof ByteBuf bytes && bytes.isReadable()) {
      timer = ctx.executor().schedule(() -> expire(ctx), deadlineMillis, TimeUnit.MILLISECONDS);
    }
    ctx.fireChannelRead(message);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
    cancel();
    ctx.write(message, promise);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    cancel();
    ctx.fireChannelInactive();
  }

  private void expire(ChannelHandlerContext ctx) {
    LOG.log(
        Level.DEBUG,
        () -> "closed " + ctx.channel().remoteAddress() + ": request not complete in time");
    ctx.close();
  }

  private void cancel() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
