package app.stride.calculator.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A kernel, stride or pool size as a student types it: "3", "3x5", "3×5", "[3, 5]". */
final class WindowText {

    private static final Pattern WINDOW = Pattern.compile("\\s*\\[?\\s*(\\d{1,6})\\s*(?:[x×X*,]\\s*(\\d{1,6}))?\\s*]?\\s*");

    private WindowText() {
    }

    /** {height, width}, or null when the text is not a window of positive sizes. */
    static int[] parse(String text) {
        Matcher m = WINDOW.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int w = m.group(2) == null ? h : Integer.parseInt(m.group(2));
        return h > 0 && w > 0 ? new int[] {h, w} : null;
    }

    static String format(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            return node.get(0).asInt() == node.get(1).asInt() ? node.get(0).asText()
                    : node.get(0).asText() + "×" + node.get(1).asText();
        }
        return node.asText();
    }
}
