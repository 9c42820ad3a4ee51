package app.stride.exercise;

/** An option of a multiple-choice question. */
public record Choice(String id, Text text) {
}
