package dev.mbx.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The account as {@code GET /api/v3/account} reports it.
 *
 * @param makerCommission maker commission in basis points (legacy integer form)
 * @param takerCommission taker commission in basis points
 * @param buyerCommission buyer commission in basis points
 * @param sellerCommission seller commission in basis points
 * @param commissionRates nullable; the same rates as exact decimal fractions
 * @param canTrade whether the account may trade
 * @param canWithdraw whether the account may withdraw
 * @param canDeposit whether the account may deposit
 * @param accountType e.g. {@code SPOT}
 * @param balances one entry per asset; never null
 * @param permissions e.g. {@code SPOT}; never null
 * @param updateTime last update in ms
 * @param uid the user id
 */
public record Account(
    int makerCommission,
    int takerCommission,
    int buyerCommission,
    int sellerCommission,
    CommissionRates commissionRates,
    boolean canTrade,
    boolean canWithdraw,
    boolean canDeposit,
    String accountType,
    List<Balance> balances,
    List<String> permissions,
    long updateTime,
    long uid) {

  public Account {
    // Binance always sends both; without them the answer did not come from a Binance-like server.
    if (balances == null || accountType == null) {
      throw new IllegalArgumentException("an account needs 'balances' and 'accountType'");
    }
    balances = List.copyOf(balances);
    permissions = permissions == null ? List.of() : List.copyOf(permissions);
  }

  /** The balance of {@code asset}, if the account reports one. */
  public Optional<Balance> balance(String asset) {
    return balances.stream().filter(balance -> balance.asset().equals(asset)).findFirst();
  }

  /**
   * Holdings of one asset.
   *
   * @param asset the asset, e.g. {@code BTC}
   * @param free available to trade
   * @param locked held by open orders
   */
  public record Balance(String asset, BigDecimal free, BigDecimal locked) {}

  /**
   * Commission rates as decimal fractions, e.g. {@code 0.00150000} for 0.15 %.
   *
   * @param maker maker rate
   * @param taker taker rate
   * @param buyer buyer rate
   * @param seller seller rate
   */
  public record CommissionRates(
      BigDecimal maker, BigDecimal taker, BigDecimal buyer, BigDecimal seller) {}
}
