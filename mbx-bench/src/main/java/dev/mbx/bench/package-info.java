/**
 * Benchmarks of mbx against the JDK floor and the official Binance Java connectors: JMH benchmarks
 * for signing ({@link dev.mbx.bench.HmacOrderSigning}, {@link
 * dev.mbx.bench.AsymmetricOrderSigning}) and a bounded loopback load tool ({@link
 * dev.mbx.bench.LoadTool}) for the sandbox and the clients. {@link dev.mbx.bench.Report} turns one
 * run's results into the tables of BENCHMARKS.md.
 */
package dev.mbx.bench;
