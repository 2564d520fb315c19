package dev.mbx.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A client that trickles a request byte by byte is cut off; a normal one is not. */
class RequestDeadlineTest {

  @Test
  void tricklingRequest_isClosedAtTheDeadline_andTheServerKeepsServing() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().requestDeadline(Duration.ofMillis(500)).start();
        Socket slow = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
      slow.setSoTimeout(10_000);
      OutputStream out = slow.getOutputStream();
      out.write("GET /api/v3/ping HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));

      boolean closed = trickleUntilClosed(slow, 50);

      assertThat(closed).isTrue();
      assertThat(ping(sandbox)).startsWith("HTTP/1.1 200 OK");
    }
  }

  @Test
  void keptAliveConnection_servesRequestsSpreadOverLongerThanTheDeadline() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().requestDeadline(Duration.ofMillis(300)).start();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
      socket.setSoTimeout(10_000);
      for (int i = 0; i < 3; i++) {
        socket.getOutputStream().write(pingRequest());
        assertThat(readResponseHead(socket.getInputStream())).startsWith("HTTP/1.1 200 OK");
        Thread.sleep(400);
      }
    }
  }

  /**
   * Sends one header byte every 100 ms, at most {@code bytes} of them; true once the peer closed.
   */
  private static boolean trickleUntilClosed(Socket socket, int bytes) throws InterruptedException {
    for (int i = 0; i < bytes; i++) {
      try {
        socket.getOutputStream().write('X');
        socket.getOutputStream().flush();
        if (i > 10 && socket.getInputStream().available() == 0 && peerClosed(socket)) {
          return true;
        }
      } catch (IOException e) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static boolean peerClosed(Socket socket) {
    try {
      socket.setSoTimeout(1);
      return socket.getInputStream().read() < 0;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true;
    } catch (IOException e) {
      return true;
    }
  }

  private static String ping(Sandbox sandbox) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(pingRequest());
      return readResponseHead(socket.getInputStream());
    }
  }

  private static byte[] pingRequest() {
    return "GET /api/v3/ping HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  }

  /** The status line and headers, then the 2-byte body {@code {}}. */
  private static String readResponseHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.append((char) b);
    }
    in.readNBytes(2);
    return head.toString();
  }
}
