package dev.mbx.bench.peers;

import com.binance.connector.client.common.ApiClient;
import com.binance.connector.client.common.Pair;
import com.binance.connector.client.common.configuration.ClientConfiguration;
import com.binance.connector.client.common.configuration.SignatureConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import okhttp3.Request;

/**
 * The modular SDK's ({@code binance-common} 2.x) signed-request build for a new order: {@link
 * ApiClient#buildRequest} with signature authentication, which adds {@code timestamp} and signs as
 * it builds. The parameters go in the query of a POST without a body. Building opens no connection.
 */
public final class ModularOrderSigning implements LongFunction<String> {
  /** The name under which {@code ApiClient} registers signature authentication. */
  private static final String SIGNED = "binanceSignature";

  private final ApiClient client;

  public ModularOrderSigning(String apiKey, String secretKey) {
    SignatureConfiguration signature = new SignatureConfiguration();
    signature.setApiKey(apiKey);
    signature.setSecretKey(secretKey);
    ClientConfiguration configuration = new ClientConfiguration();
    configuration.setUrl(TypicalOrder.NOWHERE);
    configuration.setSignatureConfiguration(signature);
    this.client = new ApiClient(configuration);
  }

  /**
   * Returns the signed URL. The SDK stamps its own {@code System.currentTimeMillis()}, so {@code
   * timestamp} is not used.
   */
  @Override
  public String apply(long timestamp) {
    List<Pair> query = new ArrayList<>();
    query.add(new Pair("symbol", TypicalOrder.SYMBOL));
    query.add(new Pair("side", TypicalOrder.SIDE));
    query.add(new Pair("type", TypicalOrder.TYPE));
    query.add(new Pair("timeInForce", TypicalOrder.TIME_IN_FORCE));
    query.add(new Pair("quantity", TypicalOrder.QUANTITY));
    query.add(new Pair("price", TypicalOrder.PRICE));
    query.add(new Pair("recvWindow", TypicalOrder.RECV_WINDOW));
    Request request =
        client.buildRequest(
            TypicalOrder.NOWHERE,
            TypicalOrder.PATH,
            "POST",
            query,
            new ArrayList<>(),
            null,
            new HashMap<>(),
            new HashMap<>(),
            new HashMap<>(),
            new HashSet<>(Set.of(SIGNED)));
    return request.url().toString();
  }
}
