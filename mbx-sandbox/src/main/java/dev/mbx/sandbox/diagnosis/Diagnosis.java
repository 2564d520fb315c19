package dev.mbx.sandbox.diagnosis;

import java.util.Objects;

/**
 * What Binance would answer to a request, the most likely reason, and the request that would pass.
 *
 * @param cause the most likely mistake, or {@link Cause#ACCEPTED}
 * @param sentence that mistake and its fix in one plain sentence; never contains a secret
 * @param sentPayload the bytes Binance verifies for the request as sent: the query, then the body,
 *     each without its {@code signature} pair
 * @param sentSignature the signature as the server read it (form-decoded); empty when none was sent
 * @param expectedSignature the correct signature of {@code sentPayload}; null when the key cannot
 *     sign (a public key) or none was given
 * @param corrected the request as it should be sent
 */
public record Diagnosis(
    Cause cause,
    String sentence,
    String sentPayload,
    String sentSignature,
    String expectedSignature,
    Correction corrected) {
  public Diagnosis {
    Objects.requireNonNull(cause, "cause == null");
    Objects.requireNonNull(sentence, "sentence == null");
    Objects.requireNonNull(sentPayload, "sentPayload == null");
    Objects.requireNonNull(sentSignature, "sentSignature == null");
    Objects.requireNonNull(corrected, "corrected == null");
  }

  /** Binance's error code for the request as sent; 0 when it would be accepted. */
  public int code() {
    return cause.code();
  }

  /** True when Binance would accept the request's key, signature and timestamp. */
  public boolean accepted() {
    return cause == Cause.ACCEPTED;
  }

  /**
   * The request as it should be sent: every parameter where it was, each value percent-encoded once
   * (RFC 3986), timing values fixed, {@code signature} last.
   *
   * @param apiKey the API key for {@code X-MBX-APIKEY}, as the user sent it but without whitespace;
   *     null when the request carried none
   * @param query the query string, with {@code signature} when the body is empty
   * @param body the form body, with {@code signature} last when it is not empty
   * @param payload the bytes to sign: the query then the body, without {@code signature}
   * @param signature the signature of {@code payload}; null when the key cannot sign
   */
  public record Correction(
      String apiKey, String query, String body, String payload, String signature) {}

  /**
   * The index of the first character where {@code sent} and {@code expected} differ, or -1 when
   * they are equal.
   */
  public static int firstDifference(String sent, String expected) {
    int common = Math.min(sent.length(), expected.length());
    for (int i = 0; i < common; i++) {
      if (sent.charAt(i) != expected.charAt(i)) {
        return i;
      }
    }
    return sent.length() == expected.length() ? -1 : common;
  }
}
