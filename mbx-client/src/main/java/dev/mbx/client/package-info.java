/**
 * A typed client for the Binance Spot REST API.
 *
 * <p>{@link dev.mbx.client.SpotClient} is the entry point. Values are immutable records; every
 * SIGNED request is encoded and signed by {@code dev.mbx.core.SignedRequest}, and the bytes it
 * signs are the bytes sent. Everything else in this package is package-private machinery.
 */
package dev.mbx.client;
