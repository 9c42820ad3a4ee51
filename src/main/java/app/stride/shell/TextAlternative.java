package app.stride.shell;

import org.jsoup.nodes.Entities;

/**
 * A picture's or chart's content in words, behind a native summary the reader opens: closed, it
 * takes one line; open, a screen reader and the keyboard reach all of it. One markup for the
 * exercise pictures and the progress charts, so they look and behave alike.
 */
public final class TextAlternative {

    private TextAlternative() {
    }

    /** {@code bodyHtml} (already markup) under the summary {@code summary} (plain text). */
    public static String details(String summary, String bodyHtml) {
        return "<details class='stride-figure-text'><summary>" + Entities.escape(summary) + "</summary>" + bodyHtml
                + "</details>";
    }
}
