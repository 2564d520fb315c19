package dev.mbx.sandbox.diagnosis;

/** One recognised mistake and its sentence, before the correction is attached. */
record Finding(Cause cause, String sentence) {}
