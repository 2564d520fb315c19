package dev.mbx.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code mbx} as a separate JVM on this test's class path, with an environment of the test's
 * choosing: the CLI reads {@code BINANCE_API_KEY} from the environment, which a JVM cannot change
 * for itself. Every wait is bounded and every process is stopped by its own handle.
 */
final class MbxProcess {
  private MbxProcess() {}

  record Result(int exitCode, String out, String err) {}

  /** Runs {@code mbx args} to completion, at most 60 s. */
  static Result run(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Process process = start(env, args);
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("mbx did not finish within 60 s");
    }
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  /**
   * Starts {@code mbx sandbox args} and returns it once it printed its base URL (at most 60 s); the
   * caller stops it with {@link Process#destroy()}.
   */
  static Running startSandbox(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("sandbox"));
    all.addAll(List.of(args));
    Process process = start(Map.of(), all.toArray(String[]::new));
    process.getOutputStream().close();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    String prefix = "mbx sandbox listening on ";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = out.readLine();
      if (line == null) {
        throw new IllegalStateException(
            "mbx sandbox ended: " + new String(process.getErrorStream().readAllBytes()));
      }
      lines.add(line);
      if (line.startsWith(prefix)) {
        String url = line.substring(prefix.length(), line.indexOf(' ', prefix.length()));
        return new Running(process, url, lines);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("mbx sandbox printed no URL within 60 s: " + lines);
  }

  /** A running {@code mbx sandbox}: its process, base URL and the first lines it printed. */
  record Running(Process process, String baseUrl, List<String> lines) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static Process start(Map<String, String> env, String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("BINANCE_API_KEY");
    builder.environment().remove("BINANCE_SECRET_KEY");
    builder.environment().putAll(env);
    return builder.start();
  }
}
