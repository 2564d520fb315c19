package dev.mbx.cli;

import dev.mbx.core.MbxException;
import dev.mbx.core.PercentEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a curl command line the way a POSIX shell and curl would: quoting, line continuations, the
 * method, headers, data and URL. Options that do not change the request bytes are skipped. The URL
 * is taken as written: curl sends it without re-encoding.
 */
final class CurlLine {
  private static final Set<String> DATA =
      Set.of("-d", "--data", "--data-ascii", "--data-binary", "--data-raw", "--data-urlencode");
  private static final Set<String> SKIPPED_WITH_VALUE =
      Set.of(
          "-A",
          "--user-agent",
          "-e",
          "--referer",
          "-o",
          "--output",
          "-m",
          "--max-time",
          "--connect-timeout",
          "-u",
          "--user",
          "--cacert",
          "-b",
          "--cookie",
          "-c",
          "--cookie-jar",
          "-w",
          "--write-out",
          "--retry",
          "-x",
          "--proxy",
          "--resolve",
          "-T",
          "--upload-file");
  private static final String SHORT_WITH_VALUE = "XHdAeomubcwxT";

  private CurlLine() {}

  static DoctorRequest parse(String line) {
    return fromTokens(ShellWords.split(line));
  }

  /** Reads tokens that start with {@code curl}, as a shell passes them to curl. */
  static DoctorRequest fromTokens(List<String> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).equals("curl")) {
      throw new MbxException("not a curl command line: it must start with 'curl'");
    }
    Options options = new Options();
    for (int i = 1; i < tokens.size(); i++) {
      i = options.read(tokens, i);
    }
    return options.request();
  }

  /** What the options say so far; {@link #read} consumes one option and returns its last index. */
  private static final class Options {
    private String method;
    private String url;
    private boolean get;
    private final List<String> data = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    int read(List<String> tokens, int i) {
      String token = tokens.get(i);
      if (!token.startsWith("-") || token.equals("-")) {
        url = url == null ? token : url;
        return i;
      }
      if (token.startsWith("--")) {
        return readLong(tokens, i, token);
      }
      return readShort(tokens, i, token);
    }

    private int readLong(List<String> tokens, int i, String option) {
      boolean takesValue =
          DATA.contains(option)
              || SKIPPED_WITH_VALUE.contains(option)
              || Set.of("--request", "--header", "--url").contains(option);
      if (!takesValue) {
        get |= option.equals("--get");
        return i;
      }
      apply(option, value(tokens, i, option));
      return i + 1;
    }

    private int readShort(List<String> tokens, int i, String cluster) {
      for (int k = 1; k < cluster.length(); k++) {
        char letter = cluster.charAt(k);
        if (SHORT_WITH_VALUE.indexOf(letter) >= 0) {
          String rest = cluster.substring(k + 1);
          if (!rest.isEmpty()) {
            apply("-" + letter, rest);
            return i;
          }
          apply("-" + letter, value(tokens, i, "-" + letter));
          return i + 1;
        }
        get |= letter == 'G';
      }
      return i;
    }

    private static String value(List<String> tokens, int i, String option) {
      if (i + 1 >= tokens.size()) {
        throw new MbxException("curl option without a value: " + option);
      }
      return tokens.get(i + 1);
    }

    private void apply(String option, String value) {
      switch (option) {
        case "-X", "--request" -> method = value;
        case "-H", "--header" -> header(value);
        case "--url" -> url = value;
        case "--data-urlencode" -> data.add(urlEncoded(value));
        case "-d", "--data", "--data-ascii", "--data-binary" -> data.add(literal(value));
        case "--data-raw" -> data.add(value);
        default -> {
          // options that do not change the request bytes
        }
      }
    }

    private void header(String value) {
      int colon = value.indexOf(':');
      if (colon <= 0) {
        throw new MbxException("curl header without 'name:': " + value);
      }
      headers.put(value.substring(0, colon).strip(), value.substring(colon + 1).strip());
    }

    private static String literal(String value) {
      if (value.startsWith("@")) {
        throw new MbxException(
            "curl data from a file is not read: " + value + "; paste the data itself");
      }
      return value;
    }

    /** curl's {@code --data-urlencode name=content}: the content encoded, the name as is. */
    private static String urlEncoded(String value) {
      int eq = value.indexOf('=');
      return eq < 0
          ? PercentEncoding.encode(value)
          : value.substring(0, eq + 1) + PercentEncoding.encode(value.substring(eq + 1));
    }

    DoctorRequest request() {
      if (url == null) {
        throw new MbxException("the curl command line has no URL");
      }
      String body = String.join("&", data);
      String target = url;
      if (get && !body.isEmpty()) {
        target = url + (url.contains("?") ? "&" : "?") + body;
        body = "";
      }
      String verb = method != null ? method : (body.isEmpty() ? "GET" : "POST");
      return DoctorRequest.of(verb, target, body, headers);
    }
  }
}
