package dev.mbx.cli;

import dev.mbx.sandbox.diagnosis.Cause;
import dev.mbx.sandbox.diagnosis.Diagnosis;
import dev.mbx.sandbox.diagnosis.KeyMaterial;
import java.io.PrintWriter;

/** Prints a {@link Diagnosis} for people: verdict, cause, payload, signature, corrected curl. */
final class DoctorReport {
  private static final String INDENT = "                   ";
  private static final String DEFAULT_ORIGIN = "https://api.binance.com";

  private final PrintWriter out;

  DoctorReport(PrintWriter out) {
    this.out = out;
  }

  void print(DoctorRequest sent, Diagnosis diagnosis, KeyMaterial key) {
    out.println(
        row(
            "verdict",
            diagnosis.accepted()
                ? "accepted: Binance would take this signature and timestamp"
                : "rejected: Binance answers " + diagnosis.code()));
    out.println(row("cause", diagnosis.cause().id()));
    out.println(INDENT + diagnosis.sentence());
    Diagnosis.Correction corrected = diagnosis.corrected();
    if (diagnosis.cause() == Cause.SIGNATURE_MISMATCH) {
      sideBySide("payload", diagnosis.sentPayload(), corrected.payload());
      sideBySide("signature", diagnosis.sentSignature(), orNone(diagnosis.expectedSignature()));
    } else {
      out.println(row("payload to sign", corrected.payload()));
      out.println(INDENT + "(the query, then the body, without signature; no separator)");
      out.println(row("sent signature", diagnosis.sentSignature()));
    }
    out.println(row("correct signature", signatureOrHow(corrected, key)));
    out.println("corrected request:");
    out.println("  " + curl(sent, corrected));
  }

  private static String signatureOrHow(Diagnosis.Correction corrected, KeyMaterial key) {
    if (corrected.signature() != null) {
      return corrected.signature();
    }
    if (key == null) {
      return "(no key given: sign the payload above with your secret or private key)";
    }
    return key instanceof KeyMaterial.Public
        ? "(a public key cannot sign: sign the payload above with your private key)"
        : "(none yet: fix the problem named above, then sign)";
  }

  /**
   * Two lines, sent over correct, and a caret under the first character that differs. The labels
   * fit the indent, so both values start in the caret's column.
   */
  private void sideBySide(String label, String sent, String expected) {
    out.println(row(label + " sent", sent));
    out.println(row(label + " correct", expected));
    int at = Diagnosis.firstDifference(sent, expected);
    if (at >= 0) {
      out.println(INDENT + " ".repeat(at) + "^ first difference at byte " + at);
    }
  }

  private static String orNone(String text) {
    return text == null ? "(unknown: no signing key)" : text;
  }

  private static String row(String label, String value) {
    return label + ":" + " ".repeat(Math.max(1, INDENT.length() - label.length() - 1)) + value;
  }

  /** The corrected request as one curl line, arguments single-quoted for a POSIX shell. */
  static String curl(DoctorRequest sent, Diagnosis.Correction corrected) {
    String method = sent.request().method();
    String origin = sent.origin().isEmpty() ? DEFAULT_ORIGIN : sent.origin();
    String url = origin + sent.request().path();
    if (!corrected.query().isEmpty()) {
      url += "?" + corrected.query();
    }
    StringBuilder line = new StringBuilder("curl");
    boolean hasBody = !corrected.body().isEmpty();
    if (!method.equals(hasBody ? "POST" : "GET")) {
      line.append(" -X ").append(method);
    }
    line.append(" -H ")
        .append(
            corrected.apiKey() == null
                ? "\"X-MBX-APIKEY: $BINANCE_API_KEY\""
                : quote("X-MBX-APIKEY: " + corrected.apiKey()));
    line.append(' ').append(quote(url));
    if (hasBody) {
      line.append(" --data-raw ").append(quote(corrected.body()));
    }
    return line.toString();
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
