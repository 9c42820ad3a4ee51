package app.stride.protocol;

import app.stride.protocol.VaadinClientException.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Client-side mirror of Flow's state tree, fed by the {@code changes} of UIDL messages. It keeps
 * only what a test reads: tags, attributes, properties, listeners, children and text.
 */
public final class StateTree {

    /** The UI's node: every attached node hangs below it. */
    public static final int ROOT = 1;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** The value of a property that holds a state node ({@code nodeValue} in a put). */
    public record NodeRef(int id) {
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();

    public Optional<Node> get(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<Node> root() {
        return get(ROOT);
    }

    public int size() {
        return nodes.size();
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, i -> new Node(i, this));
    }

    List<Node> resolve(List<Object> ids) {
        List<Node> resolved = new ArrayList<>(ids.size());
        for (Object id : ids) {
            Node n = id instanceof Integer i ? nodes.get(i) : null;
            if (n != null) {
                resolved.add(n);
            }
        }
        return resolved;
    }

    /** Applies a UIDL {@code changes} array. An unknown change type is a PROTOCOL failure: drift must be loud. */
    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            Node n = node(change.path("node").asInt());
            int feature = change.path("feat").asInt();
            String type = change.path("type").asText();
            switch (type) {
                case "attach" -> { } // node() above created it
                case "detach" -> nodes.remove(n.id());
                case "put" -> n.map(feature).put(change.path("key").asText(), change.has("nodeValue")
                        ? new NodeRef(change.get("nodeValue").asInt()) : Json.toJava(change.get("value")));
                case "remove" -> {
                    Map<String, Object> map = n.maps.get(feature);
                    if (map != null) {
                        map.remove(change.path("key").asText());
                    }
                }
                case "splice" -> splice(n, feature, change);
                case "clear" -> clear(n, feature);
                case "empty" -> {
                    if (Features.LISTS.contains(feature)) {
                        n.list(feature);
                    } else {
                        n.map(feature);
                    }
                }
                default -> throw new VaadinClientException(Kind.PROTOCOL, "unknown state tree change type \"" + type + "\" in " + change);
            }
        }
    }

    private void splice(Node n, int feature, JsonNode change) {
        List<Object> list = n.list(feature);
        // as Array.prototype.splice: an index past the end appends
        int index = Math.min(change.path("index").asInt(), list.size());
        int removeCount = Math.min(change.path("remove").asInt(0), list.size() - index);
        List<Object> removedView = list.subList(index, index + removeCount);
        List<Object> removed = new ArrayList<>(removedView);
        removedView.clear();
        List<Object> added = new ArrayList<>();
        if (change.has("addNodes")) {
            change.get("addNodes").forEach(id -> added.add(id.asInt()));
        } else if (change.has("add")) {
            change.get("add").forEach(value -> added.add(Json.toJava(value)));
        }
        list.addAll(index, added);
        if (Features.CHILDREN.contains(feature)) {
            orphan(n, removed);
            if (change.has("addNodes")) {
                for (Object id : added) {
                    node((Integer) id).parentId = n.id();
                }
            }
        }
    }

    private void clear(Node n, int feature) {
        if (Features.LISTS.contains(feature) || n.lists.containsKey(feature)) {
            if (Features.CHILDREN.contains(feature)) {
                orphan(n, n.list(feature));
            }
            n.lists.put(feature, new ArrayList<>());
        } else {
            n.maps.put(feature, new LinkedHashMap<>());
        }
    }

    private void orphan(Node parent, List<Object> childIds) {
        for (Node child : resolve(childIds)) {
            if (Integer.valueOf(parent.id()).equals(child.parentId)) {
                child.parentId = null;
            }
        }
    }

    boolean isAttached(Node node) {
        if (nodes.get(node.id()) != node) {
            return false; // detached, or a node of an earlier page's tree
        }
        Set<Integer> seen = new HashSet<>();
        for (Node n = node; n != null && seen.add(n.id()); n = n.parentId == null ? null : nodes.get(n.parentId)) {
            if (n.id() == ROOT) {
                return nodes.get(ROOT) == n;
            }
        }
        return false;
    }

    /** The node and everything below it in document order: children first, then virtual children. */
    public List<Node> walk(Node from) {
        return walk(from, true);
    }

    private List<Node> walk(Node from, boolean virtualChildren) {
        List<Node> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(from);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (!seen.add(n.id())) {
                continue; // a malformed tree must not loop
            }
            out.add(n);
            List<Node> next = new ArrayList<>(n.children());
            if (virtualChildren) {
                next.addAll(n.virtualChildren());
            }
            for (int i = next.size() - 1; i >= 0; i--) {
                stack.push(next.get(i));
            }
        }
        return out;
    }

    /** Attached nodes matching the predicate, in document order. */
    public List<Node> find(Predicate<Node> predicate) {
        return root().map(r -> walk(r).stream().filter(predicate).toList()).orElse(List.of());
    }

    /** The attached element with that id attribute (or {@code @Id}). */
    public Optional<Node> findById(String elementId) {
        return find(n -> elementId.equals(n.elementId())).stream().findFirst();
    }

    /** The first attached element (of that tag, when not null) whose {@link #textOf} contains the substring. */
    public Optional<Node> findByText(String substring, String tag) {
        return find(n -> n.tag() != null && (tag == null || tag.equals(n.tag())) && textOf(n).contains(substring))
                .stream().findFirst();
    }

    /**
     * Like the DOM's textContent: the text nodes below the node in child order, plus content set as
     * a property (innerHTML without its tags, textContent, innerText), as Html or setProperty do.
     */
    public String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node n : walkChildren(node)) {
            if (n.text() != null) {
                text.append(n.text());
            }
            Map<String, Object> p = n.properties();
            if (p.get("innerHTML") instanceof String html) {
                text.append(TAG.matcher(html).replaceAll(""));
            } else if (p.get("textContent") instanceof String content) {
                text.append(content);
            } else if (p.get("innerText") instanceof String content) {
                text.append(content);
            }
        }
        return text.toString();
    }

    /** Like walk, without virtual children: textContent does not include overlays. */
    private List<Node> walkChildren(Node from) {
        return walk(from, false);
    }

    /** An indented outline of the attached tree, for failure messages while writing a test. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        root().ifPresent(r -> dump(r, 0, out, new HashSet<>()));
        return out.toString();
    }

    private void dump(Node n, int depth, StringBuilder out, Set<Integer> seen) {
        if (!seen.add(n.id())) {
            return;
        }
        out.append("  ".repeat(depth)).append(n);
        if (!n.listeners().isEmpty()) {
            out.append(" on:").append(String.join(",", n.listeners()));
        }
        out.append('\n');
        for (Node c : n.children()) {
            dump(c, depth + 1, out, seen);
        }
        for (Node c : n.virtualChildren()) {
            dump(c, depth + 1, out, seen);
        }
    }
}
