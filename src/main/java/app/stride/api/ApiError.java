package app.stride.api;

/** The contract's error body: one sentence naming the field and what is wrong, and its JSON path. */
public record ApiError(String error, String path) {
}
