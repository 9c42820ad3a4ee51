package app.stride.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a list of box indices as students write them: "2, 0, 3", "[2,0,3]", "2 → 0 → 3",
 * "3 and 4", "boxes 3 en 4"; and the empty list in words or signs ("none", "geen", "-", "∅",
 * "{}"), so that "no box is dropped" can be answered. A blank field is no answer, not the empty
 * list: it costs nothing and is asked again.
 */
public final class ListReader {

    /** What "there are none" is written as, in either language, lower-case. */
    public static final Set<String> NONE = Set.of("none", "nothing", "no box", "no boxes", "no one", "empty",
            "geen", "geen enkele", "geen enkele box", "geen box", "geen boxen", "geen vakken", "niets", "geen een",
            "leeg", "-", "—", "–", "∅", "{}", "[]", "()", "{ }", "[ ]", "( )",
            // a count of none, not box 0: "0" alone is box 0
            "0 boxes", "zero boxes", "no boxes at all", "0 boxen", "nul boxen", "geen enkele boxen");
    /** Words between the numbers that carry no number: "boxes 3 and 4", "box 3 en 4". */
    private static final Set<String> FILLERS = Set.of("and", "en", "&", "box", "boxes", "boxen", "vak", "vakken");
    private static final Pattern BRACKETS = Pattern.compile("[\\[\\](){}]");
    private static final Pattern ARROWS = Pattern.compile("->|→");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;&]+");
    private static final Pattern INDEX = Pattern.compile("-?[0-9]{1,6}");

    private ListReader() {
    }

    /** The whole numbers in the order written; empty for the empty list; none for no list (or a blank field). */
    static Optional<List<Integer>> read(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > AnswerParser.MAX_LENGTH) {
            return Optional.empty();
        }
        String text = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (NONE.contains(text)) {
            return Optional.of(List.of());
        }
        text = ARROWS.matcher(BRACKETS.matcher(text).replaceAll(" ")).replaceAll(" ");
        List<Integer> out = new ArrayList<>();
        for (String token : SEPARATORS.split(text.strip())) {
            if (token.isEmpty() || FILLERS.contains(token)) {
                continue;
            }
            if (!INDEX.matcher(token).matches()) {
                return Optional.empty();
            }
            out.add(Integer.parseInt(token));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
}
