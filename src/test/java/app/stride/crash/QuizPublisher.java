package app.stride.crash;

import app.stride.protocol.Node;
import app.stride.protocol.VaadinClient;
import app.stride.protocol.VaadinClientException;
import app.stride.protocol.VaadinClientException.Kind;
import java.util.List;
import java.util.function.Predicate;

/**
 * A signed-in teacher builds a quiz on /quizzes as a person would (title, one topic line of a
 * family at one difficulty, count, time limit; Add this topic, Create, Publish) and reads the join
 * code from its card.
 */
public final class QuizPublisher {


    private final VaadinClient teacher;

    public QuizPublisher(VaadinClient signedInTeacher) {
        this.teacher = signedInTeacher;
    }

    /** Creates and publishes the quiz; returns its join code. Labels are what the form shows in English. */
    public String publish(String title, String topic, String difficulty, int count, int minutes) {
        teacher.open("quizzes");
        teacher.setValue(one(n -> "vaadin-text-field".equals(n.tag()) && "title".equals(n.attribute("data-field")),
                "title field"), title);
        choose(one(n -> "vaadin-select".equals(n.tag()) && "family".equals(n.attribute("data-field")), "Topic select"),
                topic);
        choose(one(n -> "vaadin-select".equals(n.tag()) && "Difficulty".equals(n.property("label")), "Difficulty select"),
                difficulty);
        teacher.setValue(one(n -> "vaadin-integer-field".equals(n.tag()) && "count".equals(n.attribute("data-field")),
                "Questions field"), String.valueOf(count));
        teacher.click(button("Add this topic"));
        teacher.setValue(one(n -> "vaadin-integer-field".equals(n.tag())
                && "Time limit (minutes)".equals(n.property("label")), "time limit field"), String.valueOf(minutes));
        teacher.click(button("Create"));
        if (teacher.findByText("Created: " + title, "p").isEmpty()) {
            List<String> refused = teacher.find(n -> Boolean.TRUE.equals(n.property("invalid"))).stream()
                    .map(n -> n.property("label") + ": " + n.property("errorMessage")).toList();
            throw new VaadinClientException(Kind.ASSERTION, "quiz \"" + title + "\" not created: " + refused);
        }
        teacher.click(one(n -> "vaadin-button".equals(n.tag()) && title.equals(n.attribute("data-quiz")),
                "Publish button of " + title));
        Node card = one(n -> n.attribute("data-quiz-id") != null && teacher.walk(n).stream()
                .anyMatch(h -> "h3".equals(h.tag()) && title.equals(teacher.textOf(h))), "card of " + title);
        return teacher.walk(card).stream().map(n -> n.attribute("data-join-code")).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow(() -> new VaadinClientException(Kind.ASSERTION,
                        "the card of " + title + " has no join code after Publish"));
    }

    /** A select's value is the key of the item whose text is shown; the items hang below the select. */
    private void choose(Node select, String itemText) {
        Node item = teacher.walk(select).stream()
                .filter(n -> "vaadin-select-item".equals(n.tag()) && itemText.equals(teacher.textOf(n)))
                .findFirst().orElseThrow(() -> new VaadinClientException(Kind.NOT_FOUND,
                        "no item \"" + itemText + "\" in " + select.property("label")));
        teacher.setValue(select, item.property("value"));
    }

    private Node button(String text) {
        return one(n -> "vaadin-button".equals(n.tag()) && text.equals(teacher.textOf(n)), "button " + text);
    }

    private Node one(Predicate<Node> predicate, String what) {
        return teacher.findOne(predicate, what);
    }
}
