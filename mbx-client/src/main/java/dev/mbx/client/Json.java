package dev.mbx.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.mbx.core.MbxException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The one Jackson configuration for reading Binance responses. Thread-safe once built.
 *
 * <p>Unknown properties are ignored because Binance adds fields without notice. Floats are read as
 * {@code BigDecimal} so that a price that arrives as a JSON number is not rounded through {@code
 * double}; Binance sends most decimals as strings, which Jackson reads into {@code BigDecimal}
 * exactly, keeping their scale. Unknown enum values map to each enum's {@code UNKNOWN}.
 *
 * <p>Every response is parsed here, so the per-call work is kept small: one {@link ObjectReader}
 * per response type, made on first use, and quoted plain decimals read by {@link
 * PlainDecimalDeserializer}.
 */
final class Json {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
          .addModule(
              new SimpleModule("mbx-decimals")
                  .addDeserializer(BigDecimal.class, new PlainDecimalDeserializer()))
          .build();

  private final ClassValue<ObjectReader> readers =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
          return mapper.readerFor(type);
        }
      };

  private final ClassValue<ObjectReader> listReaders =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> element) {
          return mapper.readerFor(
              mapper.getTypeFactory().constructCollectionType(List.class, element));
        }
      };

  /** The body of {@code GET /api/v3/time}. */
  record ServerTime(Long serverTime) {
    /** Without it the answer is not Binance's, and a zero would read as a 56-year clock offset. */
    ServerTime {
      if (serverTime == null) {
        throw new IllegalArgumentException("the response has no 'serverTime'");
      }
    }
  }

  /** Binance's error JSON. */
  record ErrorBody(Integer code, String msg) {}

  <T> T read(String body, Class<T> type, String endpoint) {
    return read(body, readers.get(type), endpoint);
  }

  <T> List<T> readList(String body, Class<T> element, String endpoint) {
    return read(body, listReaders.get(element), endpoint);
  }

  /** The error in {@code body}, if it is Binance error JSON with both a code and a message. */
  Optional<ErrorBody> error(String body) {
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || !node.isObject()) {
        return Optional.empty();
      }
      ErrorBody error = mapper.treeToValue(node, ErrorBody.class);
      return error.code() == null || error.msg() == null ? Optional.empty() : Optional.of(error);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static <T> T read(String body, ObjectReader reader, String endpoint) {
    try {
      T value = reader.readValue(body);
      if (value == null) {
        throw new MbxException("empty response to " + endpoint);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new MbxException(
          "cannot parse the response to " + endpoint + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Jackson's {@code BigDecimal} deserializer with a shortcut for what Binance sends, a quoted
   * plain decimal such as {@code "0.00150000"}: built straight from the parser's characters, where
   * Jackson would make a string, trim it and check it with a regular expression first. Every other
   * input takes Jackson's own path, so results and errors stay Jackson's.
   */
  static final class PlainDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
    /** Longer text goes to Jackson, which also enforces its number-length limit. */
    private static final int MAX_SHORTCUT_LENGTH = 64;

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        char[] text = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        if (isPlainDecimal(text, offset, length)) {
          return new BigDecimal(text, offset, length);
        }
      }
      return super.deserialize(parser, context);
    }

    /**
     * Whether the text is {@code -?[0-9]+(\.[0-9]+)?} and short: a form that Jackson accepts as it
     * is and parses with the same {@code BigDecimal} constructor, so to the same value and scale.
     */
    static boolean isPlainDecimal(char[] text, int offset, int length) {
      if (length == 0 || length > MAX_SHORTCUT_LENGTH) {
        return false;
      }
      int end = offset + length;
      int at = text[offset] == '-' ? offset + 1 : offset;
      int integerEnd = skipDigits(text, at, end);
      if (integerEnd == at) {
        return false;
      }
      if (integerEnd == end) {
        return true;
      }
      return text[integerEnd] == '.'
          && skipDigits(text, integerEnd + 1, end) == end
          && integerEnd + 1 < end;
    }

    private static int skipDigits(char[] text, int from, int end) {
      int at = from;
      while (at < end && text[at] >= '0' && text[at] <= '9') {
        at++;
      }
      return at;
    }
  }
}
