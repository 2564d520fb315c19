package dev.mbx.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 for client tests. It reads raw bytes from the socket, so
 * the recorded request line is exactly what the client wrote, records each request before
 * answering, replies with the next scripted response and closes the connection.
 */
final class RecordingServer implements AutoCloseable {
  /** A request as received: the raw request line, headers by lower-case name, the body bytes. */
  record Recorded(String requestLine, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private record Scripted(int status, String body, Map<String, String> headers) {}

  private final ServerSocket socket;
  private final Thread acceptor;
  private final Deque<Scripted> script = new ArrayDeque<>();
  private final BlockingQueue<Recorded> received = new LinkedBlockingQueue<>();

  private RecordingServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptLoop, "recording-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static RecordingServer start() throws IOException {
    return new RecordingServer();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  RecordingServer enqueue(int status, String body) {
    return enqueue(status, body, Map.of());
  }

  synchronized RecordingServer enqueue(int status, String body, Map<String, String> headers) {
    script.add(new Scripted(status, body, headers));
    return this;
  }

  /** The oldest request not yet taken; the client call has returned, so it is already here. */
  Recorded take() {
    Recorded next = received.poll();
    if (next == null) {
      throw new AssertionError("the server received no (further) request");
    }
    return next;
  }

  int pendingRequests() {
    return received.size();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        serve(connection);
      } catch (IOException e) {
        // closed by close(), or a client that went away: either way, on to the next
      }
    }
  }

  private void serve(Socket connection) throws IOException {
    InputStream in = connection.getInputStream();
    String head = readHead(in);
    String[] lines = head.split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    received.add(new Recorded(lines[0], Map.copyOf(headers), body));
    respond(connection.getOutputStream(), next());
  }

  private synchronized Scripted next() {
    Scripted next = script.poll();
    return next != null
        ? next
        : new Scripted(500, "{\"code\":-1000,\"msg\":\"no scripted response\"}", Map.of());
  }

  /** Reads up to the blank line that ends the head, as ISO-8859-1 so every byte maps to a char. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed inside the request head");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    return text.substring(0, text.length() - 4);
  }

  private static void respond(OutputStream out, Scripted response) throws IOException {
    byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder();
    head.append("HTTP/1.1 ").append(response.status()).append(" Scripted\r\n");
    head.append("Content-Type: application/json;charset=UTF-8\r\n");
    response
        .headers()
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }
}
