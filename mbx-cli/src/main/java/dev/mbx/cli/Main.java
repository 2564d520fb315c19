package dev.mbx.cli;

import dev.mbx.client.BinanceException;
import dev.mbx.client.OrderType;
import dev.mbx.client.Side;
import dev.mbx.client.TimeInForce;
import dev.mbx.core.MbxException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code mbx} command: sign, send and check Binance Spot requests. */
@Command(
    name = "mbx",
    mixinStandardHelpOptions = true,
    // Every subcommand takes --help and --version too.
    scope = ScopeType.INHERIT,
    version = "mbx 0.1.0",
    description = {
      "Sign, send and verify Binance Spot API requests.",
      "Without --env or --base-url every command runs against an embedded local sandbox."
    },
    subcommands = {
      SignCommand.class,
      VerifyCommand.class,
      KeygenCommand.class,
      PingCommand.class,
      TimeCommand.class,
      AccountCommand.class,
      OrderCommand.class,
      OrdersCommand.class,
      SandboxCommand.class,
      DoctorCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for a request the server or the client rejected. */
  static final int EXIT_REJECTED = 1;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs {@code mbx} with the given streams and returns the exit code; used by tests as well. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(Main::report);
    commandLine.setParameterExceptionHandler(Main::reportUsage);
    commandLine.registerConverter(BigDecimal.class, Main::decimal);
    commandLine.registerConverter(Side.class, value -> known(Side.class, value));
    commandLine.registerConverter(OrderType.class, value -> known(OrderType.class, value));
    commandLine.registerConverter(TimeInForce.class, value -> known(TimeInForce.class, value));
    SandboxCommand.describeOptions(commandLine.getSubcommands().get("sandbox").getCommandSpec());
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * A mistyped command line gets one line naming the mistake and where the usage is, instead of
   * picocli's default of the message followed by the whole usage text.
   */
  private static int reportUsage(CommandLine.ParameterException failure, String[] args) {
    CommandLine commandLine = failure.getCommandLine();
    String command = commandLine.getCommandSpec().qualifiedName();
    StringBuilder line = new StringBuilder(command).append(": ").append(failure.getMessage());
    if (failure instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      line.append("; did you mean: ").append(String.join(", ", unmatched.getSuggestions()));
      line.append('?');
    }
    line.append("; see '").append(command).append(" --help'");
    commandLine.getErr().println(line);
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Picocli's own conversion would show Java's NumberFormatException text. */
  /**
   * The client's enums keep an {@code UNKNOWN} constant for values a newer server may send; a user
   * can never mean it, so it is neither offered nor accepted here.
   */
  private static <E extends Enum<E>> E known(Class<E> type, String value) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      if (!constant.name().equals("UNKNOWN")) {
        names.add(constant.name());
        if (constant.name().equals(value)) {
          return constant;
        }
      }
    }
    throw new CommandLine.TypeConversionException(
        "expected one of " + names + " but was '" + value + "'");
  }

  private static BigDecimal decimal(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("not a decimal number: '" + value + "'");
    }
  }

  /**
   * Turns a failure into one line on stderr. Library exceptions already say what went wrong and
   * carry no secret; anything else is a bug in mbx, so its type is shown too.
   */
  private static int report(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (failure instanceof BinanceException rejected) {
      err.println("mbx: rejected: " + rejected.getMessage());
      Hints.forCode(rejected.code()).ifPresent(hint -> err.println("  hint: " + hint));
    } else if (failure instanceof MbxException || failure instanceof IllegalArgumentException) {
      err.println("mbx: " + failure.getMessage());
    } else {
      err.println(
          "mbx: unexpected " + failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
    return EXIT_REJECTED;
  }
}
