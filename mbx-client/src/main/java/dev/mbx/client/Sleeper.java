package dev.mbx.client;

import dev.mbx.core.MbxException;

/** Sleeps that turn an interrupt into an unchecked failure and keep the interrupt flag. */
final class Sleeper {
  private Sleeper() {}

  static void sleep(long millis, String what) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MbxException("interrupted while " + what, e);
    }
  }
}
