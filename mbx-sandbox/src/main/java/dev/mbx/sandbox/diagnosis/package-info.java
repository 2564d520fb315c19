/**
 * Why Binance rejects a SIGNED request, and the request that would pass: {@link
 * dev.mbx.sandbox.diagnosis.Diagnoser#diagnose} takes a {@link
 * dev.mbx.sandbox.diagnosis.SentRequest}, the {@link dev.mbx.sandbox.diagnosis.KeyMaterial} and the
 * server time, and returns a {@link dev.mbx.sandbox.diagnosis.Diagnosis}. Used by {@code mbx
 * doctor} and by the sandbox itself for its log and its {@code X-Mbx-Sandbox-Diagnosis} header.
 *
 * <p>Machinery: {@code WireParams} reads parameters as the sandbox does, {@code Hypotheses} holds
 * the known mistakes most likely first, {@code Timing} the timing rule, {@code Corrections} builds
 * the corrected request.
 */
package dev.mbx.sandbox.diagnosis;
