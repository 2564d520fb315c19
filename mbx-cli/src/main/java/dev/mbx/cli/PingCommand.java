package dev.mbx.cli;

import dev.mbx.cli.TargetOptions.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "ping", description = "Check that the target answers (GET /api/v3/ping).")
final class PingCommand implements Runnable {
  @Mixin TargetOptions target;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    try (Target open = target.open(spec.commandLine().getErr(), false)) {
      open.client().ping();
      spec.commandLine().getOut().println(target.json ? open.lastJson() : "pong");
    }
  }
}
