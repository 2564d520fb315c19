package dev.mbx.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mbx.core.MbxException;
import java.util.List;
import java.util.Optional;

/**
 * The one Jackson configuration for reading Binance responses. Thread-safe once built.
 *
 * <p>Unknown properties are ignored because Binance adds fields without notice. Floats are read as
 * {@code BigDecimal} so that a price that arrives as a JSON number is not rounded through {@code
 * double}; Binance sends most decimals as strings, which Jackson reads into {@code BigDecimal}
 * exactly, keeping their scale. Unknown enum values map to each enum's {@code UNKNOWN}.
 */
final class Json {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
          .build();

  /** The body of {@code GET /api/v3/time}. */
  record ServerTime(long serverTime) {}

  /** Binance's error JSON. */
  record ErrorBody(Integer code, String msg) {}

  <T> T read(String body, Class<T> type, String endpoint) {
    return read(body, mapper.constructType(type), endpoint);
  }

  <T> List<T> readList(String body, Class<T> element, String endpoint) {
    return read(
        body, mapper.getTypeFactory().constructCollectionType(List.class, element), endpoint);
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

  private <T> T read(String body, JavaType type, String endpoint) {
    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw new MbxException("empty response to " + endpoint);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new MbxException(
          "cannot parse the response to " + endpoint + ": " + e.getOriginalMessage(), e);
    }
  }
}
