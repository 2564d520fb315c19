package dev.mbx.cli;

import dev.mbx.cli.TargetOptions.Target;
import dev.mbx.client.Account;
import dev.mbx.client.Account.Balance;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "account",
    description = "Show the account's balances (signed GET /api/v3/account).")
final class AccountCommand implements Runnable {
  @Mixin TargetOptions target;
  @Spec CommandSpec spec;

  @Option(names = "--all", description = "Also list assets whose balance is zero.")
  boolean all;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Target open = target.open(spec.commandLine().getErr(), true)) {
      Account account = open.client().account();
      if (target.json) {
        out.println(open.lastJson());
        return;
      }
      out.println(
          "account "
              + account.accountType()
              + "  canTrade="
              + account.canTrade()
              + "  permissions="
              + account.permissions());
      Table table = new Table("ASSET", "FREE", "LOCKED");
      for (Balance balance : account.balances()) {
        if (all || balance.free().signum() != 0 || balance.locked().signum() != 0) {
          table.row(
              balance.asset(), balance.free().toPlainString(), balance.locked().toPlainString());
        }
      }
      table.print(out);
    }
  }
}
