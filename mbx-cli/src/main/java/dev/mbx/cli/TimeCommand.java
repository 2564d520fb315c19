package dev.mbx.cli;

import dev.mbx.cli.TargetOptions.Target;
import dev.mbx.client.ClockOffset;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "time",
    description = {
      "Compare the local clock with the server's (GET /api/v3/time).",
      "The server's reading is taken at the midpoint of the round trip; the client signs with"
          + " local time plus this offset."
    })
final class TimeCommand implements Runnable {
  @Mixin TargetOptions target;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Target open = target.open(spec.commandLine().getErr(), false)) {
      ClockOffset offset = open.client().syncClock();
      if (target.json) {
        out.println(open.lastJson());
        return;
      }
      out.println("local       " + offset.local() + "  (" + offset.local().toEpochMilli() + ")");
      out.println("server      " + offset.server() + "  (" + offset.server().toEpochMilli() + ")");
      out.println("offset      " + signed(offset.offsetMillis()) + " ms (server minus local)");
      out.println("round trip  " + offset.roundTripMillis() + " ms");
    }
  }

  private static String signed(long millis) {
    return millis > 0 ? "+" + millis : Long.toString(millis);
  }
}
