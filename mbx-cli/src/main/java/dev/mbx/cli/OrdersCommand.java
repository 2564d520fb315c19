package dev.mbx.cli;

import dev.mbx.cli.TargetOptions.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "orders", description = "List open orders (signed GET /api/v3/openOrders).")
final class OrdersCommand implements Runnable {
  @Mixin TargetOptions target;
  @Spec CommandSpec spec;

  @Option(names = "--symbol", description = "Only this symbol; all symbols if left out.")
  String symbol;

  @Override
  public void run() {
    try (Target open = target.open(spec.commandLine().getErr(), true)) {
      Orders.print(open, target, spec, open.client().openOrders(symbol));
    }
  }
}
