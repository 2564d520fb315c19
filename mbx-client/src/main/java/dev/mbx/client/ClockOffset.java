package dev.mbx.client;

import java.time.Instant;

/**
 * One measurement of the server's clock against the local one, from {@code GET /api/v3/time}.
 *
 * <p>The server's reading is taken to belong to the midpoint of the round trip, so the offset is
 * off by at most half the round trip.
 *
 * @param local the local clock at the midpoint of the round trip
 * @param server the server's {@code serverTime}
 * @param offsetMillis {@code server - local} in milliseconds; positive when the server is ahead
 * @param roundTripMillis the round trip in milliseconds, by the local clock
 */
public record ClockOffset(Instant local, Instant server, long offsetMillis, long roundTripMillis) {}
