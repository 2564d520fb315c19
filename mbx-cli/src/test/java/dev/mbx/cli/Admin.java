package dev.mbx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mbx.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The sandbox's admin API over raw HTTP, and raw requests for what the client must not do. */
final class Admin {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  /** One request from the sandbox's log. */
  record Logged(long time, String method, String path, int status) {}

  Admin(Sandbox sandbox) {
    this.base = sandbox.baseUrl();
  }

  JsonNode faults(String json) {
    return send("POST", "/sandbox/faults", json);
  }

  List<Logged> requests() {
    List<Logged> requests = new ArrayList<>();
    for (JsonNode node : send("GET", "/sandbox/requests", "").path("requests")) {
      requests.add(
          new Logged(
              node.path("time").asLong(),
              node.path("method").asText(),
              node.path("path").asText(),
              node.path("status").asInt()));
    }
    return requests;
  }

  long connections() {
    return send("GET", "/sandbox/requests", "").path("connections").asLong();
  }

  /** A raw GET to an API path; the status. */
  int get(String path) {
    return exchange("GET", path, "").statusCode();
  }

  JsonNode send(String method, String path, String body) {
    try {
      return MAPPER.readTree(exchange(method, path, body).body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> exchange(String method, String path, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
