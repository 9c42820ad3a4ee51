package app.stride.exercise;

/** Why a bank file (or one template in it) was skipped: file, line and reason, for teachers. */
public record BankProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
