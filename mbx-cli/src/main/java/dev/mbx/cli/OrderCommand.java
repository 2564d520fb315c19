package dev.mbx.cli;

import dev.mbx.cli.TargetOptions.Target;
import dev.mbx.client.NewOrder;
import dev.mbx.client.Order;
import dev.mbx.client.OrderType;
import dev.mbx.client.Side;
import dev.mbx.client.SpotClient;
import dev.mbx.client.TimeInForce;
import dev.mbx.core.MbxException;
import java.math.BigDecimal;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "order",
    description = "Place, look up or cancel an order.",
    subcommands = {OrderCommand.New.class, OrderCommand.Get.class, OrderCommand.Cancel.class})
final class OrderCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "new",
      description = {
        "Place an order (signed POST /api/v3/order), or only validate it with --test.",
        "Example: mbx order new --symbol BTCUSDT --side BUY --type LIMIT --quantity 0.01"
            + " --price 30000"
      })
  static final class New implements Runnable {
    @Mixin TargetOptions target;
    @Spec CommandSpec spec;

    @Option(names = "--symbol", required = true, paramLabel = "SYMBOL")
    String symbol;

    @Option(names = "--side", required = true, description = "BUY or SELL.")
    Side side;

    @Option(names = "--type", defaultValue = "LIMIT", description = "LIMIT (default) or MARKET.")
    OrderType type;

    @Option(names = "--quantity", required = true, paramLabel = "QTY")
    BigDecimal quantity;

    @Option(names = "--price", description = "Limit price; required for LIMIT.")
    BigDecimal price;

    @Option(
        names = "--time-in-force",
        defaultValue = "GTC",
        description = "GTC (default), IOC or FOK; LIMIT only.")
    TimeInForce timeInForce;

    @Option(names = "--client-order-id", paramLabel = "ID")
    String clientOrderId;

    @Option(names = "--test", description = "Validate only (POST /api/v3/order/test).")
    boolean test;

    @Override
    public void run() {
      NewOrder order = build();
      try (Target open = target.open(spec.commandLine().getErr(), true)) {
        if (test) {
          open.client().testOrder(order);
          spec.commandLine().getOut().println(target.json ? open.lastJson() : "order is valid");
          return;
        }
        Orders.print(open, target, spec, List.of(open.client().newOrder(order)));
      }
    }

    private NewOrder build() {
      NewOrder order =
          switch (type) {
            case LIMIT -> {
              if (price == null) {
                throw new MbxException("a LIMIT order needs --price");
              }
              yield NewOrder.limit(symbol, side, quantity, price).withTimeInForce(timeInForce);
            }
            case MARKET -> {
              if (price != null) {
                throw new MbxException(
                    "a MARKET order takes no --price: "
                        + price.toPlainString()
                        + "; leave it out, or use --type LIMIT");
              }
              yield NewOrder.market(symbol, side, quantity);
            }
            default ->
                throw new MbxException(
                    "order type not supported by the CLI yet: " + type + "; use LIMIT or MARKET");
          };
      return clientOrderId == null ? order : order.withNewClientOrderId(clientOrderId);
    }
  }

  /**
   * An action on one existing order, named by Binance's order id or by the client order id. Picocli
   * sees the annotated fields of subclasses too, so get and cancel differ only in the call.
   */
  abstract static class OrderAction implements Runnable {
    @Mixin TargetOptions target;
    @Spec CommandSpec spec;

    @Option(names = "--symbol", required = true, paramLabel = "SYMBOL")
    String symbol;

    @ArgGroup(multiplicity = "1")
    OrderRef ref;

    static final class OrderRef {
      @Option(names = "--order-id", required = true, paramLabel = "ID")
      Long orderId;

      @Option(names = "--client-order-id", required = true, paramLabel = "ID")
      String clientOrderId;
    }

    abstract Order byOrderId(SpotClient client, long orderId);

    abstract Order byClientOrderId(SpotClient client, String clientOrderId);

    @Override
    public void run() {
      try (Target open = target.open(spec.commandLine().getErr(), true)) {
        Order order =
            ref.orderId != null
                ? byOrderId(open.client(), ref.orderId)
                : byClientOrderId(open.client(), ref.clientOrderId);
        Orders.print(open, target, spec, List.of(order));
      }
    }
  }

  @Command(name = "get", description = "Look up an order (signed GET /api/v3/order).")
  static final class Get extends OrderAction {
    @Override
    Order byOrderId(SpotClient client, long orderId) {
      return client.order(symbol, orderId);
    }

    @Override
    Order byClientOrderId(SpotClient client, String clientOrderId) {
      return client.order(symbol, clientOrderId);
    }
  }

  @Command(name = "cancel", description = "Cancel an order (signed DELETE /api/v3/order).")
  static final class Cancel extends OrderAction {
    @Override
    Order byOrderId(SpotClient client, long orderId) {
      return client.cancelOrder(symbol, orderId);
    }

    @Override
    Order byClientOrderId(SpotClient client, String clientOrderId) {
      return client.cancelOrder(symbol, clientOrderId);
    }
  }
}
