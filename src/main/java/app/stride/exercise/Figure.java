package app.stride.exercise;

/**
 * The picture of an exercise as data, made by its family from the core's own results: numbers
 * as numbers, no display text, so that a view, the JSON API or a test reads it without parsing a
 * prompt. A figure shown with the question never holds an answer; one that goes with the worked
 * solution may.
 */
public sealed interface Figure permits GridFigure, BoxesFigure, SummaryFigure, BatchFigure, NmsFigure {
}
