package dev.mbx.bench;

import dev.mbx.core.Params;
import dev.mbx.core.SignedRequest;
import dev.mbx.core.Signer;
import dev.mbx.core.Signers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Build, encode and sign a new order with an Ed25519 or RSA-2048 key through mbx ({@link
 * Signers#privateKey} + {@link SignedRequest}), against the floor: one reused JCA {@link Signature}
 * over the same query's pre-built bytes, plus Base64.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AsymmetricOrderSigning {
  @Param({"Ed25519", "RSA"})
  public String keyType;

  private long timestamp;
  private Signer signer;
  private Signature signature;
  private byte[] prebuilt;

  @Setup
  public void setUp() throws GeneralSecurityException {
    timestamp = System.currentTimeMillis();
    PrivateKey key = generate(keyType);
    signer = Signers.privateKey(key);
    signature = Signature.getInstance(keyType.equals("RSA") ? "SHA256withRSA" : "Ed25519");
    signature.initSign(key);
    prebuilt = TypicalOrder.params(timestamp).encode().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public String mbx() {
    return SignedRequest.sign(TypicalOrder.params(timestamp), Params.of(), signer).query();
  }

  @Benchmark
  public String floor() throws GeneralSecurityException {
    signature.update(prebuilt);
    return Base64.getEncoder().encodeToString(signature.sign());
  }

  private static PrivateKey generate(String algorithm) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    if (algorithm.equals("RSA")) {
      generator.initialize(2048);
    }
    return generator.generateKeyPair().getPrivate();
  }
}
