/**
 * A local Binance Spot REST exchange for tests and demos: {@link dev.mbx.sandbox.Sandbox} starts it
 * on 127.0.0.1, {@link dev.mbx.sandbox.SandboxMain} runs it from the command line.
 *
 * <p>Everything else in this package is machinery: request parsing and signature verification
 * ({@code RequestParams}, {@code Authenticator}), order validation and accounts ({@code
 * OrderValidator}, {@code Filters}, {@code Account}), and the Netty pipeline ({@code
 * SandboxHandler}, {@code BoundedAggregator}).
 */
package dev.mbx.sandbox;
