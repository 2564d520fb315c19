package dev.mbx.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
  /** A generator whose every draw is the largest allowed, or the smallest. */
  private static RandomGenerator always(boolean highest) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return 0;
      }

      @Override
      public long nextLong(long bound) {
        return highest ? bound - 1 : 0;
      }
    };
  }

  @Test
  void delayMillis_doublesPerAttemptBetweenHalfAndAllOfTheCeiling() {
    Backoff high = new Backoff(5, 100, 2_000, always(true));
    Backoff low = new Backoff(5, 100, 2_000, always(false));

    assertThat(high.delayMillis(1)).isEqualTo(100);
    assertThat(low.delayMillis(1)).isEqualTo(50);
    assertThat(high.delayMillis(3)).isEqualTo(400);
    assertThat(low.delayMillis(3)).isEqualTo(200);
  }

  @Test
  void delayMillis_isCappedForLateAttempts() {
    Backoff high = new Backoff(50, 100, 2_000, always(true));

    assertThat(high.delayMillis(6)).isEqualTo(2_000);
    assertThat(high.delayMillis(40)).isEqualTo(2_000);
  }
}
