package app.stride.exercise;

import app.stride.engine.ByteUnit;

/**
 * One answer box of a question: what it asks, in which unit, and how exact. {@code ordered}
 * matters for a list only: false for a set (the boxes NMS drops in one step), whose items may
 * come in any order; true for a sequence (the boxes in the order NMS selects them).
 */
public record PartSpec(String id, Text label, AnswerKind kind, ByteUnit unit, Tolerance tolerance, double weight,
                       boolean ordered) {

    /** A part whose order, if it is a list, matters. */
    public PartSpec(String id, Text label, AnswerKind kind, ByteUnit unit, Tolerance tolerance, double weight) {
        this(id, label, kind, unit, tolerance, weight, true);
    }
}
