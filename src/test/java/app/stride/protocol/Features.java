package app.stride.protocol;

import java.util.Set;

/** Flow's node feature ids (flow-client NodeFeatures, the same in Vaadin 23 and 24). */
final class Features {

    static final int ELEMENT_DATA = 0; // tag, payload {type:'@id'}
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3; // id, class, theme, ...
    static final int ELEMENT_LISTENERS = 4; // DOM event name -> constant hash of its event-data spec
    static final int PUSH_CONFIGURATION = 5;
    static final int TEXT_NODE = 7; // key "text"
    static final int POLL_CONFIGURATION = 8;
    static final int CLASS_LIST = 11;
    static final int MODEL_LIST = 16;
    static final int POLYMER_SERVER_EVENT_HANDLERS = 17;
    static final int CLIENT_DELEGATE_HANDLERS = 19; // @ClientCallable method names
    static final int VIRTUAL_CHILDREN = 24;

    /** Features that are lists; every other feature is a map. */
    static final Set<Integer> LISTS = Set.of(ELEMENT_CHILDREN, CLASS_LIST, MODEL_LIST,
            CLIENT_DELEGATE_HANDLERS, VIRTUAL_CHILDREN, POLYMER_SERVER_EVENT_HANDLERS);
    /** List features whose items are child node ids. */
    static final Set<Integer> CHILDREN = Set.of(ELEMENT_CHILDREN, VIRTUAL_CHILDREN);

    private Features() {
    }
}
