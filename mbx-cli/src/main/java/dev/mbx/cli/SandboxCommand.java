package dev.mbx.cli;

import dev.mbx.core.Keys;
import dev.mbx.core.MbxException;
import dev.mbx.sandbox.Sandbox;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      names = "--account",
      paramLabel = "API_KEY=PUBLIC_KEY_PEM_FILE",
      description = {
        "Add an account holding an RSA or Ed25519 public key (e.g. from `mbx keygen`), with the"
            + " demo balances; repeatable.",
        "Sign for it with `mbx --base-url URL --key-file PRIVATE_KEY_FILE` and BINANCE_API_KEY."
      })
  List<String> accounts = new ArrayList<>();

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
    List<String> keyAccounts = new ArrayList<>();
    for (String account : accounts) {
      keyAccounts.add(addKeyAccount(builder, account));
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
    announce(sandbox, keyAccounts, spec.commandLine().getOut());
    awaitQuietly(stopped);
  }

  /** Reads {@code API_KEY=PUBLIC_KEY_PEM_FILE} and registers it; returns the API key. */
  private static String addKeyAccount(Sandbox.Builder builder, String account) {
    int eq = account.indexOf('=');
    if (eq <= 0 || eq == account.length() - 1) {
      throw new MbxException("--account takes API_KEY=PUBLIC_KEY_PEM_FILE: " + account);
    }
    String apiKey = account.substring(0, eq);
    builder.keyAccount(apiKey, Keys.readPublicKey(Path.of(account.substring(eq + 1))));
    return apiKey;
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

  private static void awaitQuietly(CountDownLatch stopped) {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
