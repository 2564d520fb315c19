package dev.mbx.cli;

import dev.mbx.sandbox.Sandbox;
import dev.mbx.sandbox.SandboxMain;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code mbx sandbox}: the sandbox module's own launcher options, so the two entry points cannot
 * drift apart.
 */
@Command(
    name = "sandbox",
    description = {
      "Run the local Binance-compatible sandbox in the foreground until interrupted.",
      "It prints its URL and the demo account's keys (they guard nothing real).",
      "",
      "Example: mbx sandbox --port 8765 --demo-api-key mykey --demo-secret-key mysecret",
      ""
    })
final class SandboxCommand implements Runnable {
  /**
   * The sandbox's logger, held here because java.util.logging keeps only weak references to
   * loggers, and a collected one would lose the handler set below.
   */
  private static final Logger SANDBOX_LOG = Logger.getLogger("dev.mbx.sandbox");

  @Spec CommandSpec spec;

  @Unmatched List<String> options = new ArrayList<>();

  /**
   * Lists the sandbox's options in {@code mbx sandbox --help}; they live in {@link SandboxMain}.
   */
  static void describeOptions(CommandSpec command) {
    List<String> footer = new ArrayList<>(List.of("Options:"));
    footer.addAll(SandboxMain.OPTIONS_HELP);
    command.usageMessage().footer(footer.toArray(String[]::new));
  }

  @Override
  public void run() {
    Sandbox.Builder builder = SandboxMain.parse(options.toArray(String[]::new));
    showRejections();
    Sandbox sandbox = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                }));
    announce(sandbox, keyAccounts(), spec.commandLine().getOut());
    awaitQuietly(stopped);
  }

  /** The API keys of the {@code --account K=FILE} options, to show how to use them. */
  private List<String> keyAccounts() {
    List<String> apiKeys = new ArrayList<>();
    for (int i = 0; i + 1 < options.size(); i++) {
      if (options.get(i).equals("--account")) {
        String value = options.get(i + 1);
        apiKeys.add(value.substring(0, value.indexOf('=')));
      }
    }
    return apiKeys;
  }

  private static void announce(Sandbox sandbox, List<String> keyAccounts, PrintWriter out) {
    out.println("mbx sandbox listening on " + sandbox.baseUrl() + " (port " + sandbox.port() + ")");
    out.println("demo account (guards nothing real):");
    out.println("  export BINANCE_API_KEY=" + sandbox.demo().apiKey());
    out.println("  export BINANCE_SECRET_KEY=" + sandbox.demo().secretKey());
    out.println("then: mbx account --base-url " + sandbox.baseUrl());
    for (String apiKey : keyAccounts) {
      out.println(
          "key account "
              + apiKey
              + ": BINANCE_API_KEY="
              + apiKey
              + " mbx account --base-url "
              + sandbox.baseUrl()
              + " --key-file PRIVATE_KEY_FILE");
    }
    out.flush();
  }

  /**
   * Prints the sandbox's debug log, one line per event, on stderr: chiefly why each rejected
   * request was rejected, which a test exchange that only answers {@code -1022} does not say. The
   * log never carries a secret.
   */
  private static void showRejections() {
    ConsoleHandler stderr = new ConsoleHandler();
    stderr.setLevel(Level.FINE);
    stderr.setFormatter(
        new Formatter() {
          @Override
          public String format(LogRecord record) {
            return LocalTime.now().truncatedTo(ChronoUnit.MILLIS)
                + " "
                + formatMessage(record)
                + "\n";
          }
        });
    SANDBOX_LOG.setLevel(Level.FINE);
    SANDBOX_LOG.setUseParentHandlers(false);
    SANDBOX_LOG.addHandler(stderr);
  }

  private static void awaitQuietly(CountDownLatch stopped) {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
