package dev.mbx.cli;

import dev.mbx.core.MbxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell does: single quotes keep everything, double
 * quotes keep everything but {@code \"}, {@code \\}, {@code \$} and {@code \`}, a backslash outside
 * quotes keeps the next character, backslash-newline joins lines, and {@code $'...'} takes C
 * escapes. Variables and globs are not expanded.
 */
final class ShellWords {
  private ShellWords() {}

  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        continue;
      }
      word = word == null ? new StringBuilder() : word;
      i = readInto(line, i, word);
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * Appends the unit at {@code i} (a quoted string or one character) and returns its last index.
   */
  private static int readInto(String line, int i, StringBuilder word) {
    char c = line.charAt(i);
    if (c == '\'') {
      int end = closing(line, i + 1, '\'');
      word.append(line, i + 1, end);
      return end;
    }
    if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
      return ansiC(line, i + 2, word);
    }
    if (c == '"') {
      return doubleQuoted(line, i + 1, word);
    }
    if (c == '\\' && i + 1 < line.length()) {
      if (line.charAt(i + 1) != '\n') {
        word.append(line.charAt(i + 1));
      }
      return i + 1;
    }
    word.append(c);
    return i;
  }

  private static int doubleQuoted(String line, int start, StringBuilder word) {
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
        i++;
        if (line.charAt(i) != '\n') {
          word.append(line.charAt(i));
        }
      } else {
        word.append(c);
      }
    }
    throw new MbxException("unterminated double quote in the command line");
  }

  private static int ansiC(String line, int start, StringBuilder word) {
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        return i;
      }
      if (c == '\\' && i + 1 < line.length()) {
        i++;
        word.append(
            switch (line.charAt(i)) {
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 't' -> '\t';
              default -> line.charAt(i);
            });
      } else {
        word.append(c);
      }
    }
    throw new MbxException("unterminated $'...' in the command line");
  }

  private static int closing(String line, int start, char quote) {
    int end = line.indexOf(quote, start);
    if (end < 0) {
      throw new MbxException("unterminated single quote in the command line");
    }
    return end;
  }
}
