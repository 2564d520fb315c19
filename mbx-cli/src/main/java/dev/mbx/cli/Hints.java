package dev.mbx.cli;

import java.util.Optional;

/** What to do about the Binance error codes people meet most, in one sentence each. */
final class Hints {
  private Hints() {}

  static Optional<String> forCode(int code) {
    return Optional.ofNullable(
        switch (code) {
          case -1021 ->
              "your clock and the server's differ by more than recvWindow;"
                  + " sync the clock (NTP) or check `mbx time`";
          case -1022 ->
              "the signature does not match the bytes sent; check the secret key"
                  + " (no spaces or newline) and that it belongs to this API key";
          case -1100 ->
              "a parameter has characters Binance does not accept; see the pattern in"
                  + " the message";
          case -1102 -> "a mandatory parameter is missing or empty";
          case -2014 -> "the API key is missing or malformed; set BINANCE_API_KEY";
          case -2015 ->
              "the API key is unknown here, or lacks the permission or IP whitelist;"
                  + " check you use the key of this environment (live, testnet or sandbox)";
          default -> null;
        });
  }
}
