package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mbx.core.KeyType;
import dev.mbx.core.Keys;
import dev.mbx.core.Params;
import dev.mbx.core.PercentEncoding;
import dev.mbx.core.SignedRequest;
import dev.mbx.core.Signer;
import dev.mbx.core.Signers;
import dev.mbx.sandbox.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of signing, end to end: random parameter lists signed by {@code dev.mbx.core} verify
 * in the sandbox, and any single change after signing is refused with the code Binance gives.
 *
 * <p>Requests go to the sandbox's signed echo endpoint ({@code /mbx/v1/echo}): it checks key,
 * signature and timestamp exactly like a Binance SIGNED endpoint but reads every parameter, so
 * random names do not trip the {@code -1104} unread-parameters check that every Binance endpoint
 * has, and it answers the decoded values so the first property can compare them too. One sandbox
 * and one keep-alive HTTP client serve all tries. Names never collide with {@code timestamp},
 * {@code signature} or {@code recvWindow}, which the endpoint interprets.
 */
class SigningPropertiesTest {
  private static final String ECHO = "/mbx/v1/echo";
  private static final Set<String> RESERVED = Set.of("timestamp", "signature", "recvWindow");
  private static final String SIGNATURE_PAIR = "signature=";

  /** Netty's request line limit is 4096 bytes; beyond this the query's pairs go to the body. */
  private static final int MAX_QUERY_CHARS = 3_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<KeyType, Account> ACCOUNTS = new EnumMap<>(KeyType.class);
  private static Sandbox sandbox;
  private static HttpClient http;

  record Account(String apiKey, Signer signer) {}

  /** One generated parameter and the part of the request it goes in. */
  record Generated(String name, String value, boolean inQuery) {}

  enum Mutation {
    BYTE_CHANGED,
    SWAPPED,
    MOVED_ACROSS,
    DROPPED,
    DUPLICATED_IN_PART,
    DUPLICATED_ACROSS,
    TIMESTAMP_MOVED
  }

  @BeforeContainer
  static void start() {
    KeyPair ed25519 = Keys.generate(KeyType.ED25519);
    KeyPair rsa = Keys.generate(KeyType.RSA);
    sandbox =
        Sandbox.builder()
            .keyAccount("propertyEd25519", ed25519.getPublic())
            .keyAccount("propertyRsa", rsa.getPublic())
            .start();
    ACCOUNTS.put(
        KeyType.HMAC,
        new Account(sandbox.demo().apiKey(), Signers.hmac(sandbox.demo().secretKey())));
    ACCOUNTS.put(
        KeyType.ED25519, new Account("propertyEd25519", Signers.privateKey(ed25519.getPrivate())));
    ACCOUNTS.put(KeyType.RSA, new Account("propertyRsa", Signers.privateKey(rsa.getPrivate())));
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterContainer
  static void stop() {
    sandbox.close();
  }

  @Property(tries = 1000)
  void signedRandomParameters_verifyAndArriveExactly(
      @ForAll("parameterLists") List<Generated> generated,
      @ForAll KeyType keyType,
      @ForAll boolean timestampInQuery) {
    Account account = ACCOUNTS.get(keyType);
    Wire wire = Wire.sign(generated, timestampInQuery, account.signer());

    Reply reply = send(account, wire.query(), wire.body());

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Map<String, String> echoed = new LinkedHashMap<>();
    reply
        .json()
        .path("params")
        .fields()
        .forEachRemaining(e -> echoed.put(e.getKey(), e.getValue().asText()));
    for (Generated param : generated) {
      assertThat(echoed.remove(param.name())).isEqualTo(param.value());
    }
    assertThat(echoed.keySet()).containsExactlyInAnyOrder("timestamp", "signature");
    Statistics.label("key").collect(keyType);
  }

  /**
   * The expected code comes from Binance's rules in the order the sandbox applies them: a name
   * twice in one part is {@code -1101}; no timestamp is {@code -1102}; different signed bytes are
   * {@code -1022}. A move across the boundary of two parts changes no byte of the payload when the
   * part it leaves or enters holds nothing else (query and body are joined with no separator), so
   * that one case is still accepted, as on Binance.
   */
  @Property(tries = 1000)
  void anySingleChangeAfterSigning_isRefusedWithTheRightCode(
      @ForAll("parameterLists") List<Generated> generated,
      @ForAll KeyType keyType,
      @ForAll boolean timestampInQuery,
      @ForAll Mutation mutation,
      @ForAll("picks") int pick) {
    Account account = ACCOUNTS.get(keyType);
    Wire signed = Wire.sign(generated, timestampInQuery, account.signer());
    Wire mutated = signed.mutate(mutation, pick);

    Reply reply = send(account, mutated.query(), mutated.body());

    int expected = expectedCode(signed, mutated);
    assertThat(reply.code()).as(mutation + " " + reply.body()).isEqualTo(expected);
    Statistics.label("mutation").collect(mutation);
    Statistics.label("code").collect(expected);
  }

  private static int expectedCode(Wire signed, Wire mutated) {
    if (hasRepeatedName(mutated.queryPairs) || hasRepeatedName(mutated.bodyPairs)) {
      return -1101;
    }
    boolean timestamp =
        mutated.queryPairs.stream().anyMatch(p -> p.startsWith("timestamp="))
            || mutated.bodyPairs.stream().anyMatch(p -> p.startsWith("timestamp="));
    if (!timestamp) {
      return -1102;
    }
    return mutated.payload().equals(signed.payload()) ? 0 : -1022;
  }

  private static boolean hasRepeatedName(List<String> pairs) {
    Set<String> names = new HashSet<>();
    for (String pair : pairs) {
      if (!names.add(pair.substring(0, pair.indexOf('=')))) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<List<Generated>> parameterLists() {
    Arbitrary<String> names = text(1, 12).filter(name -> !RESERVED.contains(name));
    Arbitrary<String> values =
        Arbitraries.frequencyOf(
            Tuple.of(6, text(0, 24)),
            Tuple.of(1, Arbitraries.just("")),
            Tuple.of(1, text(200, 400)));
    return Combinators.combine(names, values, Arbitraries.of(true, false))
        .as(Generated::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(10)
        .uniqueElements(Generated::name);
  }

  @Provide
  Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE);
  }

  /**
   * Text from any Unicode scalar value, weighted towards what encoders get wrong: the form
   * delimiters, {@code +}, {@code %}, space, RFC 3986 reserved and unreserved punctuation.
   */
  private static Arbitrary<String> text(int minLength, int maxLength) {
    Arbitrary<String> anyScalar =
        Arbitraries.integers()
            .between(0, Character.MAX_CODE_POINT)
            .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
            .map(Character::toString);
    Arbitrary<String> tricky =
        Arbitraries.of(
            "&",
            "=",
            "+",
            "%",
            " ",
            "#",
            "?",
            "/",
            "*",
            "~",
            "\"",
            "[",
            "]",
            "{",
            "}",
            ",",
            ":",
            "%2B",
            "%20",
            "\u0000",
            "\n",
            "１",
            "币",
            "\uD83D\uDE00");
    Arbitrary<String> ascii = Arbitraries.strings().alpha().numeric().ofLength(1);
    return Arbitraries.frequencyOf(Tuple.of(3, anyScalar), Tuple.of(3, tricky), Tuple.of(4, ascii))
        .list()
        .ofMinSize(minLength)
        .ofMaxSize(maxLength)
        .map(parts -> String.join("", parts));
  }

  /**
   * A request's encoded pairs by part, with the signature pair kept apart at the end of the part it
   * was signed into, as mbx always places it.
   */
  record Wire(
      List<String> queryPairs,
      List<String> bodyPairs,
      String signaturePair,
      boolean signatureInBody) {

    static Wire sign(List<Generated> generated, boolean timestampInQuery, Signer signer) {
      Params.Builder query = Params.builder();
      Params.Builder body = Params.builder();
      int queryChars = 0;
      for (Generated param : generated) {
        int chars =
            PercentEncoding.encode(param.name()).length()
                + PercentEncoding.encode(param.value()).length();
        boolean fits = queryChars + chars < MAX_QUERY_CHARS;
        (param.inQuery() && fits ? query : body).add(param.name(), param.value());
        queryChars += param.inQuery() && fits ? chars + 2 : 0;
      }
      (timestampInQuery ? query : body).add("timestamp", System.currentTimeMillis());
      SignedRequest signed = SignedRequest.sign(query.build(), body.build(), signer);
      boolean inBody = !signed.body().isEmpty();
      List<String> queryPairs = pairs(signed.query());
      List<String> bodyPairs = pairs(signed.body());
      List<String> holder = inBody ? bodyPairs : queryPairs;
      String signature = holder.remove(holder.size() - 1);
      assertThat(signature).startsWith(SIGNATURE_PAIR);
      return new Wire(queryPairs, bodyPairs, signature, inBody);
    }

    String query() {
      return join(queryPairs, signatureInBody ? null : signaturePair);
    }

    String body() {
      return join(bodyPairs, signatureInBody ? signaturePair : null);
    }

    /** What a verifier signs over: both parts without the signature, no separator at the join. */
    String payload() {
      return String.join("&", queryPairs) + String.join("&", bodyPairs);
    }

    Wire mutate(Mutation mutation, int pick) {
      List<String> query = new ArrayList<>(queryPairs);
      List<String> body = new ArrayList<>(bodyPairs);
      List<String> all = new ArrayList<>(query);
      all.addAll(body);
      int index = pick % all.size();
      switch (mutation) {
        case BYTE_CHANGED -> changeOneByte(query, body, index);
        case SWAPPED -> swapWithNext(query, body, all.size() < 2 ? 0 : pick % (all.size() - 1));
        case MOVED_ACROSS -> moveAcross(query, body);
        case DROPPED -> partOf(query, body, index).remove(all.get(index));
        case DUPLICATED_IN_PART -> partOf(query, body, index).add(0, all.get(index));
        case DUPLICATED_ACROSS -> otherPartOf(query, body, index).add(0, all.get(index));
        case TIMESTAMP_MOVED -> moveTimestamp(query, body, 1 + pick % 100_000);
      }
      return new Wire(query, body, signaturePair, signatureInBody);
    }

    /**
     * Makes one unescaped character of the picked pair's value different; when that value has none
     * (empty, or escapes only), the timestamp's last digit instead.
     */
    private static void changeOneByte(List<String> query, List<String> body, int index) {
      List<String> part = partOf(query, body, index);
      int at = index < query.size() ? index : index - query.size();
      int position = changeablePosition(part.get(at));
      if (position < 0) {
        part = query.stream().anyMatch(Wire::isTimestamp) ? query : body;
        at = part.stream().filter(Wire::isTimestamp).findFirst().map(part::indexOf).orElseThrow();
        position = part.get(at).length() - 1;
      }
      String pair = part.get(at);
      char replacement = pair.charAt(position) == '7' ? '3' : '7';
      part.set(at, pair.substring(0, position) + replacement + pair.substring(position + 1));
    }

    private static boolean isTimestamp(String pair) {
      return pair.startsWith("timestamp=");
    }

    private static int changeablePosition(String pair) {
      for (int i = pair.length() - 1; i > pair.indexOf('='); i--) {
        boolean inEscape =
            pair.charAt(i) == '%'
                || (i >= 1 && pair.charAt(i - 1) == '%')
                || (i >= 2 && pair.charAt(i - 2) == '%');
        if (!inEscape) {
          return i;
        }
      }
      return -1;
    }

    private static void swapWithNext(List<String> query, List<String> body, int index) {
      List<String> all = new ArrayList<>(query);
      all.addAll(body);
      if (all.size() < 2) {
        return;
      }
      String first = all.get(index);
      all.set(index, all.get(index + 1));
      all.set(index + 1, first);
      int split = query.size();
      query.clear();
      query.addAll(all.subList(0, split));
      body.clear();
      body.addAll(all.subList(split, all.size()));
    }

    private static void moveAcross(List<String> query, List<String> body) {
      if (!query.isEmpty()) {
        body.add(0, query.remove(query.size() - 1));
      } else {
        query.add(body.remove(0));
      }
    }

    private static void moveTimestamp(List<String> query, List<String> body, int shiftMillis) {
      for (List<String> part : List.of(query, body)) {
        part.replaceAll(
            p ->
                p.startsWith("timestamp=")
                    ? "timestamp=" + (Long.parseLong(p.substring(10)) - shiftMillis)
                    : p);
      }
    }

    private static List<String> partOf(List<String> query, List<String> body, int index) {
      return index < query.size() ? query : body;
    }

    private static List<String> otherPartOf(List<String> query, List<String> body, int index) {
      return index < query.size() ? body : query;
    }

    private static List<String> pairs(String part) {
      return part.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(part.split("&")));
    }

    private static String join(List<String> pairs, String last) {
      List<String> all = new ArrayList<>(pairs);
      if (last != null) {
        all.add(last);
      }
      return String.join("&", all);
    }
  }

  record Reply(int status, String body, JsonNode json) {
    int code() {
      return status == 200 ? 0 : json.path("code").asInt();
    }
  }

  private static Reply send(Account account, String query, String body) {
    URI uri = sandbox.baseUrl().resolve(query.isEmpty() ? ECHO : ECHO + "?" + query);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("X-MBX-APIKEY", account.apiKey())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))
            .build();
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body(), JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new AssertionError("sandbox unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
