package dev.mbx.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Loads the official connectors' adapters from mbx-bench-peers in a class loader of their own.
 *
 * <p>The connectors need OkHttp 4 and mbx-client needs okhttp-jvm 5; both use the package {@code
 * okhttp3}, so they cannot share a class path. The peers' loader has the platform loader as its
 * parent: it sees the JDK (whose {@link LongFunction} and {@link Supplier} the adapters implement)
 * and nothing of this module, so each side gets its own OkHttp in the same JVM and the same run.
 *
 * <p>Where the peers are: the directory named by the system property {@code mbx.bench.peers}
 * (default {@code mbx-bench-peers/target}, relative to the repository root), holding {@code
 * classes/} and the {@code peers.classpath} file that {@code mvn -Pbench package} writes.
 */
final class PeerLoader {
  private static final String PACKAGE = "dev.mbx.bench.peers.";
  private static final ClassLoader LOADER = newLoader();

  private PeerLoader() {}

  @SuppressWarnings("unchecked") // the adapters implement LongFunction<String>, see mbx-bench-peers
  static LongFunction<String> orderSigning(String simpleName, String... args) {
    return (LongFunction<String>) newInstance(simpleName, args);
  }

  @SuppressWarnings("unchecked") // the adapters implement Supplier<String>, see mbx-bench-peers
  static Supplier<String> call(String simpleName, String... args) {
    return (Supplier<String>) newInstance(simpleName, args);
  }

  private static Object newInstance(String simpleName, String... args) {
    Class<?>[] types = new Class<?>[args.length];
    java.util.Arrays.fill(types, String.class);
    try {
      Class<?> type = Class.forName(PACKAGE + simpleName, true, LOADER);
      return type.getConstructor(types).newInstance((Object[]) args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("peer adapter failed to start: " + simpleName, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("peer adapter not found: " + simpleName, e);
    }
  }

  private static ClassLoader newLoader() {
    Path root = Path.of(System.getProperty("mbx.bench.peers", "mbx-bench-peers/target"));
    Path listing = root.resolve("peers.classpath");
    try {
      List<URL> urls = new ArrayList<>();
      urls.add(root.resolve("classes").toUri().toURL());
      for (String jar : Files.readString(listing, StandardCharsets.UTF_8).trim().split(":")) {
        urls.add(Path.of(jar).toUri().toURL());
      }
      return new URLClassLoader(
          "mbx-bench-peers", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException("bad path in " + listing, e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the peers' class path (run mvn -Pbench package first): " + listing, e);
    }
  }
}
