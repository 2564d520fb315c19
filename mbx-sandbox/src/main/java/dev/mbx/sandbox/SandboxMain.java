package dev.mbx.sandbox;

import dev.mbx.core.Keys;
import dev.mbx.core.MbxException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs a sandbox until the process is killed: {@code [--port N] [--demo-api-key K]
 * [--demo-secret-key S] [--account API_KEY=PUBLIC_KEY_PEM_FILE]... [--explain]}. Prints the base
 * URL, the port and the demo key pair on stdout; the demo secret is printed on purpose, it guards
 * nothing but this local process. Each {@code --account} adds an RSA or Ed25519 account with the
 * demo balances.
 */
public final class SandboxMain {
  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    Sandbox.Builder builder;
    try {
      builder = parse(args);
    } catch (IllegalArgumentException | MbxException e) {
      System.err.println("mbx-sandbox: " + e.getMessage());
      System.err.println(
          "usage: [--port N] [--demo-api-key K] [--demo-secret-key S]"
              + " [--account API_KEY=PUBLIC_KEY_PEM_FILE]... [--explain]");
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
        case "--account" -> addKeyAccount(builder, value);
        default ->
            throw new IllegalArgumentException(
                "unknown option: " + option + " (known: " + Arrays.toString(OPTIONS) + ")");
      }
    }
    return builder;
  }

  private static final String[] OPTIONS = {
    "--port", "--demo-api-key", "--demo-secret-key", "--account", "--explain"
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

  private static int port(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port is not a number: " + value, e);
    }
  }
}
