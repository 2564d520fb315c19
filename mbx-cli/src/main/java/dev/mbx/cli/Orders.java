package dev.mbx.cli;

import dev.mbx.cli.TargetOptions.Target;
import dev.mbx.client.Order;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Prints orders as a table, or the raw JSON with {@code --json}. */
final class Orders {
  private Orders() {}

  static void print(Target open, TargetOptions target, CommandSpec spec, List<Order> orders) {
    if (target.json) {
      spec.commandLine().getOut().println(open.lastJson());
      return;
    }
    Table table =
        new Table(
            "ORDER ID",
            "CLIENT ORDER ID",
            "SYMBOL",
            "SIDE",
            "TYPE",
            "PRICE",
            "QTY",
            "FILLED",
            "STATUS");
    for (Order order : orders) {
      table.row(
          String.valueOf(order.orderId()),
          ownClientOrderId(order),
          order.symbol(),
          String.valueOf(order.side()),
          String.valueOf(order.type()),
          plain(order.price()),
          plain(order.origQty()),
          plain(order.executedQty()),
          String.valueOf(order.status()));
    }
    table.print(spec.commandLine().getOut());
  }

  /** An ACK response carries no amounts: those cells show a dash. */
  private static String plain(java.math.BigDecimal amount) {
    return amount == null ? "-" : amount.toPlainString();
  }

  /**
   * The client order id the order was placed with. A cancel response's {@code clientOrderId} is the
   * id of the cancel request itself, and the order's own id is in {@code origClientOrderId}.
   */
  private static String ownClientOrderId(Order order) {
    return order.origClientOrderId() != null ? order.origClientOrderId() : order.clientOrderId();
  }
}
