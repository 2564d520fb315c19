package dev.mbx.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one run's JMH JSON and {@link LoadTool} TSV into the Markdown tables of BENCHMARKS.md:
 * medians with min–max spread, allocation per operation, the ratios the targets are stated in, and
 * the machine. Usage: {@code Report jmh.json load.tsv}; writes to standard output.
 */
public final class Report {
  private final PrintStream out;
  private final Map<String, Figure> signing = new LinkedHashMap<>();
  private final Map<String, Figure> load = new LinkedHashMap<>();

  /** A median with its spread, and bytes allocated per operation where measured. */
  private record Figure(double median, double min, double max, double allocBytes) {
    static Figure of(double[] samples, double allocBytes) {
      double[] sorted = samples.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      return new Figure(median, sorted[0], sorted[n - 1], allocBytes);
    }
  }

  private Report(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    Report report = new Report(System.out);
    report.readJmh(Path.of(args[0]));
    report.readLoad(Path.of(args[1]));
    report.print();
  }

  private void readJmh(Path json) throws IOException {
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      String name = run.path("benchmark").asText().replace("dev.mbx.bench.", "");
      JsonNode keyType = run.path("params").path("keyType");
      if (!keyType.isMissingNode()) {
        name = name + " [" + keyType.asText() + "]";
      }
      List<Double> samples = new ArrayList<>();
      for (JsonNode fork : run.path("primaryMetric").path("rawData")) {
        fork.forEach(value -> samples.add(value.asDouble()));
      }
      double alloc =
          run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(-1);
      String unit = run.path("primaryMetric").path("scoreUnit").asText();
      double toNanos = unit.startsWith("us") ? 1_000 : 1;
      signing.put(name, Figure.of(samples.stream().mapToDouble(v -> v * toNanos).toArray(), alloc));
    }
  }

  private void readLoad(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split("\t", -1);
      double[] rounds =
          Arrays.stream(columns[2].split(",")).mapToDouble(Double::parseDouble).toArray();
      load.put(columns[0] + " c=" + columns[1], Figure.of(rounds, Double.parseDouble(columns[3])));
    }
  }

  private void print() throws IOException {
    printMachine();
    out.println();
    out.println("| signing benchmark | median ns/op | min–max ns/op | allocated B/op |");
    out.println("|---|---:|---:|---:|");
    signing.forEach(
        (name, f) ->
            out.printf(
                Locale.ROOT,
                "| %s | %,.0f | %,.0f–%,.0f | %,.0f |%n",
                name,
                f.median,
                f.min,
                f.max,
                f.allocBytes));
    out.println();
    out.println("| load scenario | median req/s | min–max req/s | errors |");
    out.println("|---|---:|---:|---:|");
    load.forEach(
        (name, f) ->
            out.printf(
                Locale.ROOT,
                "| %s | %,.0f | %,.0f–%,.0f | %.0f |%n",
                name,
                f.median,
                f.min,
                f.max,
                f.allocBytes));
    out.println();
    printRatios();
  }

  private void printRatios() {
    out.println("| ratio (medians) | value | target | met |");
    out.println("|---|---:|---|---|");
    ratio(
        "HMAC: mbx / floor (time)",
        time("HmacOrderSigning.mbx"),
        time("HmacOrderSigning.floor"),
        "≤ 1.5",
        true);
    ratio(
        "HMAC: legacy connector / mbx (time)",
        time("HmacOrderSigning.legacyConnector"),
        time("HmacOrderSigning.mbx"),
        "≥ 5",
        false);
    ratio(
        "HMAC: modular SDK / mbx (time)",
        time("HmacOrderSigning.modularSdk"),
        time("HmacOrderSigning.mbx"),
        "≥ 20",
        false);
    bytes("HMAC: mbx allocated per signed request", "HmacOrderSigning.mbx");
    ratio(
        "Ed25519: mbx / floor (time)",
        time("AsymmetricOrderSigning.mbx [Ed25519]"),
        time("AsymmetricOrderSigning.floor [Ed25519]"),
        "≤ 1.1",
        true);
    ratio(
        "RSA-2048: mbx / floor (time)",
        time("AsymmetricOrderSigning.mbx [RSA]"),
        time("AsymmetricOrderSigning.floor [RSA]"),
        "≤ 1.1",
        true);
    for (String c : List.of("1", "16")) {
      ratio(
          "sandbox: account / ping (throughput), c=" + c,
          rate("account-raw c=" + c),
          rate("ping c=" + c),
          c.equals("16") ? "≥ 0.70" : "—",
          false);
    }
    for (String c : List.of("1", "16")) {
      ratio(
          "client: raw OkHttp / mbx (throughput, = mbx time / raw time), c=" + c,
          rate("account-raw c=" + c),
          rate("account-mbx c=" + c),
          "≤ 1.2",
          true);
      ratio(
          "client: mbx / legacy connector (throughput), c=" + c,
          rate("account-mbx c=" + c),
          rate("account-legacy c=" + c),
          "> 1",
          false);
    }
  }

  private double time(String name) {
    Figure figure = signing.get(name);
    return figure == null ? Double.NaN : figure.median;
  }

  private double rate(String name) {
    Figure figure = load.get(name);
    return figure == null ? Double.NaN : figure.median;
  }

  private void ratio(String label, double a, double b, String target, boolean atMost) {
    double value = a / b;
    String met = "—";
    if (!target.equals("—")) {
      double bound = Double.parseDouble(target.replaceAll("[^0-9.]", ""));
      boolean ok =
          atMost
              ? value <= bound
              : (target.startsWith(">") && !target.startsWith("≥")
                  ? value > bound
                  : value >= bound);
      met = ok ? "yes" : "**no**";
    }
    out.printf(Locale.ROOT, "| %s | %.2f | %s | %s |%n", label, value, target, met);
  }

  private void bytes(String label, String name) {
    Figure figure = signing.get(name);
    double value = figure == null ? Double.NaN : figure.allocBytes;
    out.printf(
        Locale.ROOT,
        "| %s | %.0f B | < 1024 B | %s |%n",
        label,
        value,
        value < 1024 ? "yes" : "**no**");
  }

  private void printMachine() throws IOException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(line -> line.startsWith("model name"))
            .map(line -> line.substring(line.indexOf(':') + 1).trim())
            .findFirst()
            .orElse("unknown");
    out.printf(
        Locale.ROOT,
        "Machine: %d CPUs (%s), %s %s, load average at the end %s%n",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        Files.readString(Path.of("/proc/loadavg")).trim());
    out.println("JVM of the report: " + ManagementFactory.getRuntimeMXBean().getVmVersion());
  }
}
