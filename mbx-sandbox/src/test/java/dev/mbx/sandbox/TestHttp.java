package dev.mbx.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Drives a sandbox over loopback with hand-made requests. Signatures are computed here with {@code
 * javax.crypto.Mac}, independently of the sandbox's own signing code.
 */
final class TestHttp {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI base;

  TestHttp(Sandbox sandbox) {
    this.base = sandbox.baseUrl();
  }

  /** A response with its JSON body parsed. */
  record Reply(int status, HttpResponse<String> raw, JsonNode json) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    int code() {
      return json.path("code").asInt();
    }

    String msg() {
      return json.path("msg").asText();
    }
  }

  static String hmac(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** Sends {@code query} and {@code body} exactly as given; either may be empty. */
  Reply send(String method, String path, String query, String body, String apiKey) {
    String target = query.isEmpty() ? path : path + "?" + query;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(target))
            .timeout(Duration.ofSeconds(10))
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (!body.isEmpty()) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    if (apiKey != null) {
      request.header("X-MBX-APIKEY", apiKey);
    }
    return exchange(request.build());
  }

  /**
   * Signs {@code query + body} (no separator) and appends {@code signature} to the body when there
   * is one, else to the query: the wire form of Binance's examples.
   */
  Reply signed(String method, String path, String query, String body, Credentials key) {
    String signature = hmac(key.secretKey(), query + body);
    if (body.isEmpty()) {
      return send(method, path, append(query, "signature=" + signature), body, key.apiKey());
    }
    return send(method, path, query, append(body, "signature=" + signature), key.apiKey());
  }

  Reply get(String pathAndQuery) {
    int question = pathAndQuery.indexOf('?');
    String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
    String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
    return send("GET", path, query, "", null);
  }

  static String append(String part, String pair) {
    return part.isEmpty() ? pair : part + "&" + pair;
  }

  private Reply exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response, JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The signing vectors, copied from the shared spec into test resources. */
  static JsonNode vectors() {
    try (InputStream in = TestHttp.class.getResourceAsStream("/vectors/signing.json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode vector(String group, String id) {
    for (JsonNode vector : vectors().path(group)) {
      if (vector.path("id").asText().equals(id)) {
        return vector;
      }
    }
    throw new AssertionError("no vector " + id);
  }
}
