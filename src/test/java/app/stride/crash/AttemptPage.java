package app.stride.crash;

import app.stride.protocol.Node;
import app.stride.protocol.VaadinClient;
import app.stride.protocol.VaadinClientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's quiz attempt (/quiz-attempt?id=N) as the browserless client mirrors it: the answer
 * fields ({@code data-part="<position>-<partId>"}), the status line ({@code <p aria-live="polite">}),
 * the Hand in buttons, and after handing in the review ("label: you gave X; the answer is Y").
 * One page for one thread, like its {@link VaadinClient}.
 */
public final class AttemptPage {

    private static final Pattern QUESTION_HEADING = Pattern.compile("Question \\d+.*");
    private static final Pattern REVIEW_LINE = Pattern.compile(".*: you gave (.*); the answer is .*", Pattern.DOTALL);
    /** What the review shows for a part left empty. */
    private static final String NOTHING_GIVEN = "—";

    private final VaadinClient client;

    AttemptPage(VaadinClient client) {
        this.client = client;
    }

    /** The number of question cards ("Question 1", ... or, in the review, "Question 1: 50%"). */
    public int questionCount() {
        return client.find(n -> "h2".equals(n.tag()) && QUESTION_HEADING.matcher(client.textOf(n)).matches()).size();
    }

    /** The answer fields' parts in page order. */
    public List<String> parts() {
        return answerFields().stream().map(n -> n.attribute("data-part")).toList();
    }

    /** Each answer field's value property, by part, in page order ("" for an empty field). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Node field : answerFields()) {
            Object value = field.property("value");
            values.put(field.attribute("data-part"), value == null ? "" : value.toString());
        }
        return values;
    }

    private List<Node> answerFields() {
        return client.find(n -> "vaadin-text-field".equals(n.tag()) && n.attribute("data-part") != null);
    }

    /** The status line's text ("Saved.", "Handed in. ..."), "" when it is empty or missing. */
    public String status() {
        return client.find(n -> "p".equals(n.tag()) && "polite".equals(n.attribute("aria-live"))).stream()
                .findFirst().map(client::textOf).orElse("");
    }

    /**
     * Types a whole answer into a field, as a pause in typing sends it: one request. Returns
     * normally only when the server has answered it; a dead server throws (NETWORK / TIMEOUT).
     */
    public void type(String part, String value) {
        Node field = client.findOne(n -> "vaadin-text-field".equals(n.tag()) && part.equals(n.attribute("data-part")),
                "answer field " + part);
        client.setValue(field, value);
    }

    /** Hand in, then Hand in again in the confirm dialog; returns the status line after it. */
    public String handIn() {
        client.click(client.findOne(n -> "vaadin-button".equals(n.tag()) && "Hand in".equals(client.textOf(n))
                && n.attribute("data-confirm") == null, "Hand in button"));
        client.click(client.findOne(n -> "vaadin-button".equals(n.tag()) && "submit".equals(n.attribute("data-confirm")),
                "confirm button (data-confirm=submit)"));
        return status();
    }

    /** After handing in: what the review says was given for each part, in page order ("" for nothing). */
    public List<String> reviewGiven() {
        List<String> given = new ArrayList<>();
        for (Node line : client.find(n -> "div".equals(n.tag()) && n.attribute("data-part") != null)) {
            String text = client.textOf(line);
            Matcher m = REVIEW_LINE.matcher(text);
            if (!m.matches()) {
                throw new VaadinClientException(VaadinClientException.Kind.ASSERTION, "review line of part "
                        + line.attribute("data-part") + " reads \"" + text + "\"");
            }
            given.add(NOTHING_GIVEN.equals(m.group(1)) ? "" : m.group(1));
        }
        return given;
    }
}
