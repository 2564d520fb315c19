package dev.mbx.cli;

import dev.mbx.cli.TargetOptions.Target;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "time",
    description = "Compare the local clock with the server's (GET /api/v3/time).")
final class TimeCommand implements Runnable {
  @Mixin TargetOptions target;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Target open = target.open(spec.commandLine().getErr(), false)) {
      long sent = System.currentTimeMillis();
      long server = open.client().serverTime();
      long received = System.currentTimeMillis();
      if (target.json) {
        out.println(open.lastJson());
        return;
      }
      long midpoint = sent + (received - sent) / 2;
      out.println("local   " + Instant.ofEpochMilli(midpoint) + "  (" + midpoint + ")");
      out.println("server  " + Instant.ofEpochMilli(server) + "  (" + server + ")");
      out.println("offset  " + (server - midpoint) + " ms (server minus local)");
      out.println("round   " + (received - sent) + " ms");
    }
  }
}
