package app.stride.engine;

/** Numbers as the worked solutions write them: digits grouped by threes with a thin space. */
public final class Numbers {

    /** A narrow no-break space: neither Dutch "." nor English "," — readable in both. */
    public static final char GROUP = '\u202F';

    private Numbers() {
    }

    public static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(GROUP);
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "−" : "") + out;
    }
}
