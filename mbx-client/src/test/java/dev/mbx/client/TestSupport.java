package dev.mbx.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Keys, clocks, fixtures and an HMAC computed independently of the code under test. */
final class TestSupport {
  /** Binance's published example key pair (rest-api.md, "SIGNED endpoint examples"). */
  static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";

  static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

  static final long VECTOR_MILLIS = 1499827319559L;

  static final Clock VECTOR_CLOCK =
      Clock.fixed(Instant.ofEpochMilli(VECTOR_MILLIS), ZoneOffset.UTC);

  private TestSupport() {}

  static SpotClient.Builder signedClient(RecordingServer server) {
    return SpotClient.builder()
        .baseUrl(server.baseUrl())
        .apiKey(API_KEY)
        .secretKey(SECRET)
        .clock(VECTOR_CLOCK)
        .serverTimeSync(false);
  }

  static String hmacHex(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static String fixture(String name) {
    try (InputStream in = TestSupport.class.getResourceAsStream("/responses/" + name)) {
      if (in == null) {
        throw new AssertionError("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A clock that moves one millisecond forward every time it is read. */
  static final class TickingClock extends Clock {
    private long millis;

    TickingClock(long startMillis) {
      this.millis = startMillis;
    }

    @Override
    public synchronized long millis() {
      return millis++;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("not needed by the tests");
    }
  }
}
