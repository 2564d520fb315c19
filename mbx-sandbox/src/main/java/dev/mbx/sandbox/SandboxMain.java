package dev.mbx.sandbox;

import dev.mbx.core.Keys;
import dev.mbx.core.MbxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a sandbox until the process is killed: {@code [--port N] [--demo-api-key K]
 * [--demo-secret-key S] [--account API_KEY=PUBLIC_KEY_PEM_FILE]... [--explain]}, and the fault
 * options {@code --clock-skew-ms N}, {@code --latency-ms N}, {@code --fail-orders before|after}
 * (every new order fails so), {@code --enforce-rate-limits}, {@code --weight-limit N} (per minute;
 * implies enforcement) and {@code --ban-seconds N}. Prints the base URL, the port and the demo key
 * pair on stdout; the demo secret is printed on purpose, it guards nothing but this local process.
 * Each {@code --account} adds an RSA or Ed25519 account with the demo balances.
 */
public final class SandboxMain {
  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    Sandbox.Builder builder;
    try {
      builder = parse(args);
    } catch (IllegalArgumentException | MbxException e) {
      System.err.println("mbx-sandbox: " + e.getMessage());
      System.err.println("usage: [OPTION]...");
      OPTIONS_HELP.forEach(System.err::println);
      System.exit(2);
      return;
    }
    Sandbox sandbox = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "mbx-sandbox-shutdown"));
    System.out.println("mbx sandbox listening");
    System.out.println("base url:        " + sandbox.baseUrl());
    System.out.println("port:            " + sandbox.port());
    System.out.println("demo api key:    " + sandbox.demo().apiKey());
    System.out.println("demo secret key: " + sandbox.demo().secretKey());
    System.out.flush();
    sandbox.awaitClose();
  }

  /** One line per option, for usage messages here and in {@code mbx sandbox --help}. */
  public static final List<String> OPTIONS_HELP =
      List.of(
          "  --port N              port on 127.0.0.1; 0 (default) picks a free one",
          "  --demo-api-key K      fix the demo account's API key",
          "  --demo-secret-key S   fix the demo account's secret key",
          "  --account K=FILE      add an account under API key K holding the RSA or",
          "                        Ed25519 public key in PEM FILE; repeatable",
          "  --explain             add X-Mbx-Sandbox-Diagnosis to rejected requests",
          "  --clock-skew-ms N     move the server's clock by N ms (negative: behind)",
          "  --latency-ms N        answer every request N ms late",
          "  --fail-orders WHEN    answer every new order with a 503, 'before' or",
          "                        'after' it executes",
          "  --enforce-rate-limits answer 429, then 418, past the weight limit",
          "  --weight-limit N      request weight per minute (implies enforcement)",
          "  --ban-seconds N       how long a 418 ban lasts",
          "Faults and limits can be changed at run time: /sandbox/faults (GET, POST,",
          "DELETE).");

  /**
   * A builder configured by the command-line options above, for launchers such as {@code mbx
   * sandbox}.
   *
   * @throws IllegalArgumentException naming an unknown option or a bad value
   * @throws MbxException if an {@code --account} key file cannot be read
   */
  public static Sandbox.Builder parse(String... args) {
    Sandbox.Builder builder = Sandbox.builder();
    Faults faults = Faults.NONE;
    RateLimits limits = RateLimits.BINANCE;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--explain")) {
        builder.explain(true);
        continue;
      }
      if (option.equals("--enforce-rate-limits")) {
        limits = limits.enforce();
        continue;
      }
      if (!Arrays.asList(OPTIONS).contains(option)) {
        throw new IllegalArgumentException(
            "unknown option: " + option + " (known: " + Arrays.toString(OPTIONS) + ")");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for option: " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(port(value));
        case "--demo-api-key" -> builder.demoApiKey(value);
        case "--demo-secret-key" -> builder.demoSecretKey(value);
        case "--account" -> addKeyAccount(builder, value);
        case "--clock-skew-ms" -> faults = faults.withClockSkew(Duration.ofMillis(number(value)));
        case "--latency-ms" -> faults = faults.withLatency(Duration.ofMillis(number(value)));
        case "--fail-orders" -> faults = faults.withFailingOrders(orderFailure(value), MAX_INT);
        case "--weight-limit" ->
            limits = limits.enforce().withRequestWeight((int) number(value), MINUTE);
        case "--ban-seconds" -> limits = limits.withBan(Duration.ofSeconds(number(value)));
        default ->
            throw new IllegalArgumentException(
                "unknown option: " + option + " (known: " + Arrays.toString(OPTIONS) + ")");
      }
    }
    return builder.faults(faults).rateLimits(limits);
  }

  private static final String[] OPTIONS = {
    "--port",
    "--demo-api-key",
    "--demo-secret-key",
    "--account",
    "--explain",
    "--clock-skew-ms",
    "--latency-ms",
    "--fail-orders",
    "--enforce-rate-limits",
    "--weight-limit",
    "--ban-seconds"
  };

  /**
   * {@code API_KEY=PUBLIC_KEY_PEM_FILE}: the key file is read now, so a bad one stops the start.
   *
   * @throws dev.mbx.core.KeyLoadingException naming the file and the problem
   */
  static void addKeyAccount(Sandbox.Builder builder, String value) {
    int eq = value.indexOf('=');
    if (eq <= 0 || eq == value.length() - 1) {
      throw new IllegalArgumentException("--account takes API_KEY=PUBLIC_KEY_PEM_FILE: " + value);
    }
    builder.keyAccount(
        value.substring(0, eq), Keys.readPublicKey(Path.of(value.substring(eq + 1))));
  }

  private static final int MAX_INT = Integer.MAX_VALUE;
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private static long number(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number: " + value, e);
    }
  }

  private static Faults.OrderFailure orderFailure(String value) {
    return switch (value) {
      case "before" -> Faults.OrderFailure.BEFORE_EXECUTION;
      case "after" -> Faults.OrderFailure.AFTER_EXECUTION;
      default -> throw new IllegalArgumentException("--fail-orders is before or after: " + value);
    };
  }

  private static int port(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port is not a number: " + value, e);
    }
  }
}
