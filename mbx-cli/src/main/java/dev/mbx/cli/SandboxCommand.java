package dev.mbx.cli;

import dev.mbx.sandbox.Sandbox;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "sandbox",
    description = {
      "Run the local Binance-compatible sandbox in the foreground until interrupted.",
      "It prints its URL and the demo account's keys (they guard nothing real)."
    })
final class SandboxCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "Port on 127.0.0.1; 0 (default) picks a free one.")
  int port;

  @Option(names = "--demo-api-key", paramLabel = "KEY", description = "Fix the demo API key.")
  String demoApiKey;

  @Option(
      names = "--demo-secret-key",
      paramLabel = "SECRET",
      description = "Fix the demo secret key.")
  String demoSecretKey;

  @Option(
      names = "--explain",
      description =
          "Add header X-Mbx-Sandbox-Diagnosis to each rejected signed request, naming the mistake"
              + " (as `mbx doctor` would); the JSON body stays Binance's.")
  boolean explain;

  @Override
  public void run() {
    Sandbox.Builder builder = Sandbox.builder().port(port).explain(explain);
    if (demoApiKey != null) {
      builder.demoApiKey(demoApiKey);
    }
    if (demoSecretKey != null) {
      builder.demoSecretKey(demoSecretKey);
    }
    Sandbox sandbox = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                }));
    announce(sandbox, spec.commandLine().getOut());
    awaitQuietly(stopped);
  }

  private static void announce(Sandbox sandbox, PrintWriter out) {
    out.println("mbx sandbox listening on " + sandbox.baseUrl() + " (port " + sandbox.port() + ")");
    out.println("demo account (guards nothing real):");
    out.println("  export BINANCE_API_KEY=" + sandbox.demo().apiKey());
    out.println("  export BINANCE_SECRET_KEY=" + sandbox.demo().secretKey());
    out.println("then: mbx account --base-url " + sandbox.baseUrl());
    out.flush();
  }

  private static void awaitQuietly(CountDownLatch stopped) {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
