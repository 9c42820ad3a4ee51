package app.stride.exercise;

/** What a part asks for, which decides how a typed answer is read and compared. */
public enum AnswerKind {
    /** A whole count: parameters, multiplications, a dimension. */
    COUNT,
    /** An amount of memory, in the part's unit unless the student writes another. */
    BYTES,
    /** A value such as an IoU or a normalized activation. */
    VALUE,
    /** Indices in order, such as the boxes NMS keeps. */
    LIST,
    /** One option of a multiple-choice or true/false question. */
    CHOICE
}
