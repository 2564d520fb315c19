package dev.mbx.sandbox;

import java.util.Arrays;

/**
 * Runs a sandbox until the process is killed: {@code [--port N] [--demo-api-key K]
 * [--demo-secret-key S] [--explain]}. Prints the base URL, the port and the demo key pair on
 * stdout; the demo secret is printed on purpose, it guards nothing but this local process.
 */
public final class SandboxMain {
  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    Sandbox.Builder builder;
    try {
      builder = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("mbx-sandbox: " + e.getMessage());
      System.err.println("usage: [--port N] [--demo-api-key K] [--demo-secret-key S] [--explain]");
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

  static Sandbox.Builder parse(String[] args) {
    Sandbox.Builder builder = Sandbox.builder();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--explain")) {
        builder.explain(true);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for option: " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(port(value));
        case "--demo-api-key" -> builder.demoApiKey(value);
        case "--demo-secret-key" -> builder.demoSecretKey(value);
        default ->
            throw new IllegalArgumentException(
                "unknown option: " + option + " (known: " + Arrays.toString(OPTIONS) + ")");
      }
    }
    return builder;
  }

  private static final String[] OPTIONS = {
    "--port", "--demo-api-key", "--demo-secret-key", "--explain"
  };

  private static int port(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port is not a number: " + value, e);
    }
  }
}
