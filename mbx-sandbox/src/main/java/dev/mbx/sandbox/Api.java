package dev.mbx.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mbx.sandbox.Route.Call;
import dev.mbx.sandbox.Route.Weigher;
import io.netty.handler.codec.http.HttpMethod;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The endpoints the sandbox serves (rest-api.md, section 8 of the digest) and their handlers. */
final class Api {
  static final String ORDER_ID_RANGE = "^[0-9]{1,20}$";

  /** The sandbox's own signed echo endpoint, outside Binance's {@code /api/} tree. */
  static final String ECHO = "/mbx/v1/echo";

  private static final Set<String> EXCHANGE_INFO_PARAMS =
      Set.of("symbol", "symbols", "permissions", "showPermissionSets", "symbolStatus");

  /** Every parameter of {@code POST /api/v3/order} in rest-api.md, read even where unused here. */
  private static final Set<String> NEW_ORDER_PARAMS =
      signed(
          "symbol",
          "side",
          "type",
          "timeInForce",
          "quantity",
          "quoteOrderQty",
          "price",
          "newClientOrderId",
          "strategyId",
          "strategyType",
          "stopPrice",
          "trailingDelta",
          "icebergQty",
          "newOrderRespType",
          "selfTradePreventionMode",
          "pegPriceType",
          "pegOffsetValue",
          "pegOffsetType");

  private static final Set<String> TEST_ORDER_PARAMS = withTestOrderExtras();

  private static final Pattern ORDER_ID = Pattern.compile("[0-9]{1,20}");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Exchange exchange;
  private final Supplier<RateLimits> rateLimits;
  private final Map<String, List<Route>> byPath;

  Api(Exchange exchange) {
    this(exchange, () -> RateLimits.BINANCE);
  }

  Api(Exchange exchange, Supplier<RateLimits> rateLimits) {
    this.exchange = exchange;
    this.rateLimits = rateLimits;
    this.byPath = routes().stream().collect(Collectors.groupingBy(Route::path));
  }

  /** The routes at {@code path}, empty when the path is unknown. */
  List<Route> at(String path) {
    return byPath.getOrDefault(path, List.of());
  }

  private List<Route> routes() {
    Weigher order = (params, ok) -> ok ? 0 : 1;
    Weigher openOrders = (params, ok) -> params != null && params.has("symbol") ? 6 : 80;
    Weigher one = Weigher.fixed(1);
    return List.of(
        new Route(HttpMethod.GET, "/api/v3/ping", false, one, c -> JsonBody.EMPTY, Set.of()),
        new Route(HttpMethod.GET, "/api/v3/time", false, one, this::time, Set.of()),
        new Route(
            HttpMethod.GET,
            "/api/v3/exchangeInfo",
            false,
            Weigher.fixed(20),
            this::exchangeInfo,
            EXCHANGE_INFO_PARAMS),
        new Route(
            HttpMethod.GET,
            "/api/v3/account",
            true,
            Weigher.fixed(20),
            this::account,
            signed("omitZeroBalances")),
        new Route(
            HttpMethod.POST, "/api/v3/order/test", true, one, this::testOrder, TEST_ORDER_PARAMS),
        new Route(HttpMethod.POST, "/api/v3/order", true, order, this::newOrder, NEW_ORDER_PARAMS),
        new Route(
            HttpMethod.GET,
            "/api/v3/order",
            true,
            Weigher.fixed(4),
            this::queryOrder,
            signed("symbol", "orderId", "origClientOrderId")),
        new Route(
            HttpMethod.DELETE,
            "/api/v3/order",
            true,
            order,
            this::cancelOrder,
            signed(
                "symbol",
                "orderId",
                "origClientOrderId",
                "newClientOrderId",
                "cancelRestrictions")),
        new Route(
            HttpMethod.GET,
            "/api/v3/openOrders",
            true,
            openOrders,
            this::openOrders,
            signed("symbol")),
        new Route(HttpMethod.GET, ECHO, true, one, Api::echo),
        new Route(HttpMethod.POST, ECHO, true, one, Api::echo));
  }

  /** The names a SIGNED endpoint reads: its own plus the three every SIGNED request may carry. */
  private static Set<String> signed(String... names) {
    Set<String> all = new HashSet<>(List.of(names));
    all.addAll(List.of("recvWindow", "timestamp", RequestParams.SIGNATURE));
    return Set.copyOf(all);
  }

  /**
   * Not a Binance endpoint: checks key, signature and timestamp like any SIGNED one, reads every
   * parameter, and answers them decoded, so a client can see that what it signed is what arrived.
   */
  private static JsonBody echo(Call call) {
    Map<String, String> params = new TreeMap<>(call.params().asMap());
    return g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("params");
      for (Map.Entry<String, String> param : params.entrySet()) {
        g.writeStringField(param.getKey(), param.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    };
  }

  private static Set<String> withTestOrderExtras() {
    Set<String> all = new HashSet<>(NEW_ORDER_PARAMS);
    all.add("computeCommissionRates");
    return Set.copyOf(all);
  }

  private JsonBody time(Call call) {
    return Responses.serverTime(call.now());
  }

  private JsonBody exchangeInfo(Call call) {
    return Responses.exchangeInfo(
        call.now(), selectSymbols(call.params()), rateLimits.get().advertised());
  }

  /** {@code symbol} or a JSON array in {@code symbols}; not both (-1128); unknown is -1121. */
  private static List<SymbolSpec> selectSymbols(RequestParams params) {
    String symbol = params.nonEmpty("symbol");
    String symbols = params.nonEmpty("symbols");
    if (symbol != null && symbols != null) {
      throw ApiException.badRequest(-1128, "Combination of optional parameters invalid.");
    }
    if (symbol != null) {
      return List.of(Markets.require(symbol));
    }
    if (symbols == null) {
      return Markets.ALL;
    }
    List<SymbolSpec> selected = new ArrayList<>();
    for (String name : symbolList(symbols)) {
      selected.add(Markets.require(name));
    }
    return selected;
  }

  private static Set<String> symbolList(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (IOException e) {
      throw ApiException.badRequest(-1135, "JSON sent for parameter 'symbols' is not valid");
    }
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw ApiException.invalidData("symbols");
    }
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode item : node) {
      if (!names.add(item.asText())) {
        throw ApiException.badRequest(-1151, "Symbol is present multiple times in the list.");
      }
    }
    return names;
  }

  private JsonBody account(Call call) {
    boolean omitZero = "true".equalsIgnoreCase(call.params().nonEmpty("omitZeroBalances"));
    return Responses.account(call.account(), omitZero);
  }

  /** Validates exactly as a real order but reaches no account: Binance's test skips the engine. */
  private JsonBody testOrder(Call call) {
    OrderValidator.validate(call.params());
    return JsonBody.EMPTY;
  }

  private JsonBody newOrder(Call call) {
    OrderRequest request = OrderValidator.validate(call.params());
    String clientOrderId =
        request.clientOrderId() != null ? request.clientOrderId() : Exchange.randomId(22);
    Order order = call.account().place(request, clientOrderId, exchange.ids(), call.now());
    return Responses.newOrder(order, request.respType());
  }

  private JsonBody queryOrder(Call call) {
    Order order = lookup(call, false);
    if (order == null) {
      throw ApiException.badRequest(-2013, "Order does not exist.");
    }
    return Responses.queriedOrder(order);
  }

  private JsonBody cancelOrder(Call call) {
    String cancelId = call.params().get("newClientOrderId");
    if (cancelId != null && !cancelId.matches(OrderValidator.CLIENT_ID_RANGE)) {
      throw ApiException.illegalChars("newClientOrderId", OrderValidator.CLIENT_ID_RANGE);
    }
    Order order = lookup(call, true);
    if (order == null) {
      throw ApiException.badRequest(-2011, "Unknown order sent.");
    }
    String clientOrderId = cancelId != null ? cancelId : Exchange.randomId(22);
    return Responses.canceledOrder(order, clientOrderId, call.now());
  }

  /** Finds (or, for {@code cancel}, cancels) the order named by the request; null if none. */
  private static Order lookup(Call call, boolean cancel) {
    RequestParams params = call.params();
    String symbol = params.nonEmpty("symbol");
    if (symbol == null) {
      throw ApiException.mandatory("symbol");
    }
    Markets.require(symbol);
    Long orderId = orderId(params);
    String clientOrderId = params.nonEmpty("origClientOrderId");
    if (orderId == null && clientOrderId == null) {
      throw ApiException.eitherMandatory("origClientOrderId", "orderId");
    }
    return cancel
        ? call.account().cancel(symbol, orderId, clientOrderId, call.now())
        : call.account().find(symbol, orderId, clientOrderId);
  }

  private static Long orderId(RequestParams params) {
    String value = params.nonEmpty("orderId");
    if (value == null) {
      return null;
    }
    if (!ORDER_ID.matcher(value).matches()) {
      throw ApiException.illegalChars("orderId", ORDER_ID_RANGE);
    }
    // Ids beyond a long are legal on the wire but name no order here.
    return value.length() > 18 ? Long.valueOf(Long.MAX_VALUE) : Long.valueOf(value);
  }

  private JsonBody openOrders(Call call) {
    String symbol = call.params().nonEmpty("symbol");
    if (symbol != null) {
      Markets.require(symbol);
    }
    return Responses.orders(call.account().openOrders(symbol));
  }
}
