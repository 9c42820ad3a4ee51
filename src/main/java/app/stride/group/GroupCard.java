package app.stride.group;

import java.util.List;

/**
 * A group as its teachers' list shows it: its code, its teachers (the one who made it first)
 * and its members by name.
 */
public record GroupCard(long id, String name, String joinCode, List<Person> teachers, List<Person> members) {

    public GroupCard {
        teachers = List.copyOf(teachers);
        members = List.copyOf(members);
    }

    /** Someone in a group, as a teacher may know them. */
    public record Person(long id, String username, String displayName) {
    }

    /** A group to choose, in the quiz form. */
    public record Option(long id, String name) {
    }

    /** One of a student's own groups. */
    public record Membership(String name, java.time.Instant joinedAt) {
    }
}
