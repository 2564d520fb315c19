package dev.mbx.cli;

import dev.mbx.core.MbxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads secrets from the environment or a file, never from the command line, where they would land
 * in shell history and in the process list.
 */
final class Secrets {
  private Secrets() {}

  static String fromEnv(String variable) {
    String value = System.getenv(variable);
    if (value == null || value.isEmpty()) {
      throw new MbxException(
          "environment variable "
              + variable
              + " is not set or empty; export it, or use a file option");
    }
    return value;
  }

  /** The file's text without one trailing line end, which editors add and secrets never have. */
  static String fromFile(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.endsWith("\r\n")) {
        return text.substring(0, text.length() - 2);
      }
      return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new MbxException("cannot read " + file + ": " + FileErrors.reason(e), e);
    }
  }

  /**
   * The HMAC secret from {@code file} when one is given, else from the environment variable {@code
   * variable}, by default {@code BINANCE_SECRET_KEY}.
   */
  static String hmacSecret(String variable, Path file) {
    if (file != null) {
      return fromFile(file);
    }
    return fromEnv(variable == null ? TargetOptions.SECRET_KEY_ENV : variable);
  }

  static char[] passphrase(String variable) {
    return variable == null ? null : fromEnv(variable).toCharArray();
  }
}
