package app.stride.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One node of the mirrored state tree: an element (tag, attributes, properties, listeners,
 * children) or a text node. Read-only for callers; the {@link StateTree} applies the server's
 * changes to it, so a Node held across requests shows the latest state.
 */
public final class Node {

    private final int id;
    private final StateTree tree;
    Integer parentId;
    /** Map features: feature id to key to value (a {@link StateTree.NodeRef} for a node value). */
    final Map<Integer, Map<String, Object>> maps = new LinkedHashMap<>();
    /** List features: feature id to items (node ids for children and virtual children). */
    final Map<Integer, List<Object>> lists = new LinkedHashMap<>();

    Node(int id, StateTree tree) {
        this.id = id;
        this.tree = tree;
    }

    /** The state node id. Differs between views and versions: never hard-code it. */
    public int id() {
        return id;
    }

    StateTree tree() {
        return tree;
    }

    Map<String, Object> map(int feature) {
        return maps.computeIfAbsent(feature, f -> new LinkedHashMap<>());
    }

    List<Object> list(int feature) {
        return lists.computeIfAbsent(feature, f -> new ArrayList<>());
    }

    /** The value under key in a map feature, or null. */
    Object value(int feature, String key) {
        Map<String, Object> map = maps.get(feature);
        return map == null ? null : map.get(key);
    }

    private Map<String, Object> view(int feature) {
        Map<String, Object> map = maps.get(feature);
        return map == null ? Map.of() : Collections.unmodifiableMap(map);
    }

    /** The element's tag, e.g. "vaadin-button"; null for a text node. */
    public String tag() {
        Object tag = view(Features.ELEMENT_DATA).get("tag");
        return tag == null ? null : tag.toString();
    }

    public Map<String, Object> attributes() {
        return view(Features.ELEMENT_ATTRIBUTES);
    }

    public String attribute(String name) {
        Object value = attributes().get(name);
        return value == null ? null : value.toString();
    }

    public Map<String, Object> properties() {
        return view(Features.ELEMENT_PROPERTIES);
    }

    public Object property(String name) {
        return properties().get(name);
    }

    /** The DOM events the server listens to on this element. */
    public Set<String> listeners() {
        return view(Features.ELEMENT_LISTENERS).keySet();
    }

    /** The constant hash of a listener's event-data spec, or null. */
    String listenerSpecHash(String event) {
        Object hash = view(Features.ELEMENT_LISTENERS).get(event);
        return hash == null ? null : hash.toString();
    }

    public List<Node> children() {
        return tree.resolve(lists.getOrDefault(Features.ELEMENT_CHILDREN, List.of()));
    }

    /** Virtual children: e.g. the view root below the UI, dialogs and overlays. */
    public List<Node> virtualChildren() {
        return tree.resolve(lists.getOrDefault(Features.VIRTUAL_CHILDREN, List.of()));
    }

    public Optional<Node> parent() {
        return parentId == null ? Optional.empty() : tree.get(parentId);
    }

    /** The text of a text node, null for an element. */
    public String text() {
        Object text = view(Features.TEXT_NODE).get("text");
        return text == null ? null : text.toString();
    }

    /** The id attribute, or the id an {@code @Id}-bound template element was attached with. */
    public String elementId() {
        String id = attribute("id");
        if (id != null) {
            return id;
        }
        Object payload = view(Features.ELEMENT_DATA).get("payload");
        if (payload instanceof Map<?, ?> p && "@id".equals(p.get("type")) && p.get("payload") != null) {
            return p.get("payload").toString();
        }
        return null;
    }

    /** True while the node hangs below the UI node through children or virtual children. */
    public boolean isAttached() {
        return tree.isAttached(this);
    }

    @Override
    public String toString() {
        String tag = tag();
        String elementId = elementId();
        return (tag != null ? "<" + tag + ">" : text() != null ? "\"" + text() + "\"" : "node")
                + (elementId != null ? "#" + elementId : "") + " [" + id + "]";
    }
}
