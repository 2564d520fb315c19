package dev.mbx.client;

/**
 * Sees every request/response pair that reached the server, after the response was read and before
 * it is parsed. Called on the calling thread; a listener that throws is logged and ignored, so it
 * can never turn a placed order into a reported failure.
 */
@FunctionalInterface
public interface ExchangeListener {
  void onExchange(Exchange exchange);
}
