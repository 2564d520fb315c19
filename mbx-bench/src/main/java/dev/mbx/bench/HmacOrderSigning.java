package dev.mbx.bench;

import dev.mbx.core.HmacSigner;
import dev.mbx.core.Params;
import dev.mbx.core.SignedRequest;
import dev.mbx.core.Signer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Build, encode and HMAC-sign a new order, four ways in one run.
 *
 * <ul>
 *   <li>{@code mbx}: {@link Params} + {@link SignedRequest#sign} + {@link HmacSigner}, from the
 *       business values to the query string as sent;
 *   <li>{@code floor}: one reused {@link Mac} over the same query's pre-built bytes, plus hex: what
 *       no implementation can beat;
 *   <li>{@code legacyConnector}: binance-connector-java 3.x, {@code UrlBuilder} + its {@code
 *       HmacSignatureGenerator};
 *   <li>{@code modularSdk}: binance-common 2.x, {@code ApiClient.buildRequest} with signature
 *       authentication.
 * </ul>
 *
 * <p>The connectors run from mbx-bench-peers in a class loader of their own ({@link PeerLoader}),
 * called through {@link LongFunction}; the call across the loader costs one interface dispatch.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HmacOrderSigning {
  private static final HexFormat HEX = HexFormat.of();

  private long timestamp;
  private Signer signer;
  private Mac mac;
  private byte[] prebuilt;
  private LongFunction<String> legacy;
  private LongFunction<String> modular;

  @Setup
  public void setUp() throws GeneralSecurityException {
    timestamp = System.currentTimeMillis();
    signer = HmacSigner.of(TypicalOrder.SECRET);
    mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(TypicalOrder.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    prebuilt = TypicalOrder.params(timestamp).encode().getBytes(StandardCharsets.UTF_8);
    legacy = PeerLoader.orderSigning("LegacyOrderSigning", TypicalOrder.SECRET);
    modular =
        PeerLoader.orderSigning("ModularOrderSigning", TypicalOrder.API_KEY, TypicalOrder.SECRET);
  }

  @Benchmark
  public String mbx() {
    return SignedRequest.sign(TypicalOrder.params(timestamp), Params.of(), signer).query();
  }

  @Benchmark
  public String floor() {
    return HEX.formatHex(mac.doFinal(prebuilt));
  }

  @Benchmark
  public String legacyConnector() {
    return legacy.apply(timestamp);
  }

  @Benchmark
  public String modularSdk() {
    return modular.apply(timestamp);
  }
}
