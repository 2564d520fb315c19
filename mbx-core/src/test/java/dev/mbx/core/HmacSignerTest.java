package dev.mbx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HmacSignerTest {

  @Test
  void toString_doesNotRevealSecret() {
    String secret = SigningVectors.hmacSecret();

    assertThat(HmacSigner.of(secret).toString()).doesNotContain(secret).contains("***");
  }

  @Test
  void sign_fromManyThreads_givesPublishedSignatureEveryTime() throws Exception {
    HmacSigner signer = HmacSigner.of(SigningVectors.hmacSecret());
    String payload = SigningVectors.restHmac("H1").path("payload").asText();
    String expected = SigningVectors.restHmac("H1").path("signature").asText();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> results = new ArrayList<>();

    for (int i = 0; i < 2_000; i++) {
      results.add(pool.submit(() -> signer.sign(payload)));
    }

    for (Future<String> result : results) {
      assertThat(result.get()).isEqualTo(expected);
    }
    pool.shutdown();
  }
}
