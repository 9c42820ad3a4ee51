package app.stride.exercise;

import app.stride.engine.ByteUnit;

/** One answer box of a question: what it asks, in which unit, and how exact. */
public record PartSpec(String id, Text label, AnswerKind kind, ByteUnit unit, Tolerance tolerance, double weight) {
}
