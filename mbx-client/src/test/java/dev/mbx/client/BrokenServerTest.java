package dev.mbx.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mbx.core.MbxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Servers that are not Binance, or not HTTP at all: each is one clear line, no class names. */
class BrokenServerTest {
  private ServerSocket server;
  private Thread acceptor;

  @AfterEach
  void stop() throws Exception {
    server.close();
    acceptor.join(5_000);
  }

  @Test
  void ping_serverSpeaksAnotherProtocol_saysItIsNotHttp() throws IOException {
    String base = serve("SSH-2.0-OpenSSH_9.0\r\n");

    assertThatThrownBy(() -> client(base).ping())
        .isInstanceOf(MbxException.class)
        .hasMessageStartingWith(base + " did not answer in HTTP (")
        .hasMessageEndingWith("); check the base URL")
        .hasMessageNotContaining("java.");
  }

  @Test
  void ping_serverClosesWithoutAnswer_saysSo() throws IOException {
    String base = serve("");

    assertThatThrownBy(() -> client(base).ping())
        .isInstanceOf(MbxException.class)
        .hasMessage(base + " closed the connection before answering GET /api/v3/ping");
  }

  private static SpotClient client(String base) {
    return SpotClient.builder().baseUrl(base).maxAttempts(1).build();
  }

  /** Accepts connections on 127.0.0.1, reads the request head, writes {@code reply}, closes. */
  private String serve(String reply) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                  readHead(socket.getInputStream());
                  OutputStream out = socket.getOutputStream();
                  out.write(reply.getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                } catch (IOException e) {
                  return;
                }
              }
            });
    acceptor.start();
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }
}
