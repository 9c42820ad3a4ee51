package app.stride.quiz;

import app.stride.base.UnsafeText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file for a spreadsheet, safe whatever the cells hold (a display name is typed by its
 * student): every cell that a spreadsheet could read as a formula is made text, every cell that
 * could end a cell or a row early is quoted, and characters that have no business in a table
 * (NUL, other controls, bidi overrides) are shown as U+FFFD. The file is UTF-8 with a byte order
 * mark, so that Excel reads names with accents as they are.
 */
public final class Csv {

    /** What the download says it is: a spreadsheet opened from a browser reads the charset. */
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Excel, LibreOffice and Google Sheets start a formula with these (the full-width ones in East Asian locales). */
    private static final String FORMULA_START = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private final StringBuilder text = new StringBuilder();

    /** Appends a row; rows end with CRLF, as RFC 4180 has them. */
    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    /** The file: a byte order mark, then the rows in UTF-8. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** One cell as written: cleaned, never a formula, quoted when it holds a separator, a quote or a line break. */
    static String cell(String value) {
        String v = clean(value == null ? "" : value);
        if (readsAsFormula(v)) {
            v = "'" + v;
        }
        boolean quote = v.chars().anyMatch(c -> c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n' || c == '\t')
                || !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ');
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /**
     * Whether a spreadsheet could evaluate the cell: it starts with a formula character, or with a
     * tab or a line break, or has one after leading spaces and quote marks (which some
     * spreadsheets skip, and which a quoted CSV cell loses).
     */
    static boolean readsAsFormula(String v) {
        if (v.isEmpty()) {
            return false;
        }
        char first = v.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (FORMULA_START.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && "\"'\u2018\u2019\u201C\u201D`".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    /** Tab and line breaks stay (the cell is then quoted); every other {@link UnsafeText} character becomes U+FFFD. */
    static String clean(String v) {
        return UnsafeText.cleanKeepingLineBreaks(v);
    }
}
