package app.stride;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core on the page as it stands: every rule axe has (WCAG 2.0/2.1 A and AA and its best
 * practices), and what counts are the critical and serious violations, each told as one line a
 * reader can act on: the state, the rule, its help text and the elements it found. The rules of a
 * page's structure (landmarks, headings, language) count at any impact.
 */
public final class AxeCheck {

    private static final Set<String> COUNTED = Set.of("critical", "serious");
    /**
     * Rules of a page's structure that count whatever their impact: content outside a landmark,
     * headings that skip a level, a page without its H1, main landmark or way past the menu.
     */
    private static final Set<String> STRUCTURE = Set.of("region", "heading-order", "page-has-heading-one",
            "landmark-one-main", "landmark-no-duplicate-main", "landmark-unique", "bypass", "html-has-lang",
            "html-lang-valid", "valid-lang", "document-title");
    private static final int NODES_SHOWN = 5;

    private AxeCheck() {
    }

    /** The violations that count on {@code page}, one line each, named after {@code state}. */
    public static List<String> seriousViolations(Page page, String state) {
        List<String> found = new ArrayList<>();
        // Vaadin's own connection indicator hangs off <body>, outside every view and landmark; it
        // says "reconnecting" only while the server cannot be reached, and no view can place it
        for (Rule rule : new AxeBuilder(page).exclude("vaadin-connection-indicator").analyze().getViolations()) {
            if (!COUNTED.contains(rule.getImpact()) && !STRUCTURE.contains(rule.getId())) {
                continue;
            }
            List<CheckedNode> nodes = rule.getNodes();
            StringBuilder line = new StringBuilder(state).append(": ").append(rule.getId())
                    .append(" (").append(rule.getImpact()).append(", ").append(nodes.size()).append(" nodes) ")
                    .append(rule.getHelp());
            nodes.stream().limit(NODES_SHOWN).forEach(node -> line.append("\n      ").append(node.getTarget())
                    .append("  ").append(abbreviate(node.getHtml())));
            found.add(line.toString());
        }
        return found;
    }

    private static String abbreviate(String html) {
        String flat = html == null ? "" : html.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }
}
