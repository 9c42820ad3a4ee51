package app.stride.bank;

/**
 * What an attempt stores of its exercise besides (template, seed): the template's version when it
 * was drawn, and the exercise as drawn (JSON of a {@link app.stride.exercise.DrawnExercise}
 * without its version). Both null for attempts stored before versions were kept.
 */
public record StoredExercise(String version, String drawn) {

    /** The longest JSON kept; every template's exercises stay far below it (a test checks). */
    public static final int MAX_DRAWN = 4000;
}
