/**
 * Thin adapters that drive the official Binance Java connectors through JDK interfaces ({@code
 * LongFunction}, {@code Supplier}), so that mbx-bench can call them across a class loader boundary
 * without sharing a single connector type. Every adapter calls the connectors' own public classes;
 * none copies their code. The order is the one mbx-bench signs with mbx: see {@link TypicalOrder}.
 */
package dev.mbx.bench.peers;
