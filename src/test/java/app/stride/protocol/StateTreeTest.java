package app.stride.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import app.stride.protocol.VaadinClientException.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mirror of the state tree, fed with changes shaped like those Vaadin 24.9 sends. */
class StateTreeTest {

    private final StateTree tree = new StateTree();

    private void apply(String changesJson) throws Exception {
        tree.apply(Json.MAPPER.readTree(changesJson.replace('\'', '"')));
    }

    /** UI 1 with view 2 as virtual child; 2 holds h1 3 (text 4) and button 5 (text 6); dialog 7 on the UI. */
    private void renderView() throws Exception {
        apply("""
                [{'node':1,'type':'attach'},{'node':2,'type':'attach'},{'node':3,'type':'attach'},
                 {'node':4,'type':'attach'},{'node':5,'type':'attach'},{'node':6,'type':'attach'},{'node':7,'type':'attach'},
                 {'node':2,'type':'put','key':'tag','feat':0,'value':'main'},
                 {'node':3,'type':'put','key':'tag','feat':0,'value':'h1'},
                 {'node':4,'type':'put','key':'text','feat':7,'value':'Welcome, '},
                 {'node':3,'type':'splice','feat':2,'index':0,'addNodes':[4]},
                 {'node':5,'type':'put','key':'tag','feat':0,'value':'vaadin-button'},
                 {'node':5,'type':'put','key':'id','feat':3,'value':'save'},
                 {'node':5,'type':'put','key':'click','feat':4,'value':'hash1'},
                 {'node':5,'type':'put','key':'disabled','feat':1,'value':null},
                 {'node':6,'type':'put','key':'text','feat':7,'value':'Save'},
                 {'node':5,'type':'splice','feat':2,'index':0,'addNodes':[6]},
                 {'node':2,'type':'splice','feat':2,'index':0,'addNodes':[3,5]},
                 {'node':7,'type':'put','key':'tag','feat':0,'value':'vaadin-dialog'},
                 {'node':1,'type':'splice','feat':24,'index':0,'addNodes':[2,7]}]""");
    }

    @Test
    void walksAttachedNodesInDocumentOrderChildrenBeforeVirtualChildren() throws Exception {
        renderView();

        assertThat(tree.walk(tree.root().orElseThrow())).extracting(Node::id).containsExactly(1, 2, 3, 4, 5, 6, 7);
        Node button = tree.findById("save").orElseThrow();
        assertThat(button.tag()).isEqualTo("vaadin-button");
        assertThat(button.listeners()).containsExactly("click");
        assertThat(button.properties()).containsEntry("disabled", null);
        assertThat(tree.textOf(tree.get(2).orElseThrow())).isEqualTo("Welcome, Save");
        assertThat(tree.findByText("Save", "vaadin-button")).contains(button);
        assertThat(tree.findByText("Save", "h1")).isEmpty();
    }

    @Test
    void setTextIsAClearAndASpliceOfANewTextNode() throws Exception {
        renderView();
        apply("""
                [{'node':8,'type':'attach'},{'node':8,'type':'put','key':'text','feat':7,'value':'Welcome, Ada'},
                 {'node':3,'type':'clear','feat':2},{'node':3,'type':'splice','feat':2,'index':0,'addNodes':[8]},
                 {'node':4,'type':'detach'}]""");

        assertThat(tree.textOf(tree.get(3).orElseThrow())).isEqualTo("Welcome, Ada");
        assertThat(tree.get(4)).isEmpty();
    }

    @Test
    void aRemovedChildIsNoLongerFoundNorAttached() throws Exception {
        renderView();
        Node button = tree.findById("save").orElseThrow();

        apply("[{'node':2,'type':'splice','feat':2,'index':1,'remove':1}]");

        assertThat(button.isAttached()).isFalse();
        assertThat(tree.findById("save")).isEmpty();
        assertThat(tree.find(n -> "h1".equals(n.tag()))).hasSize(1);
    }

    @Test
    void putsRemovesAndNodeValues() throws Exception {
        renderView();
        apply("""
                [{'node':5,'type':'put','key':'label','feat':1,'value':{'a':[1,2]}},
                 {'node':5,'type':'put','key':'owner','feat':1,'nodeValue':7},
                 {'node':5,'type':'remove','key':'disabled','feat':1}]""");

        Node button = tree.get(5).orElseThrow();
        assertThat(button.property("label")).isEqualTo(Map.of("a", List.of(1, 2)));
        assertThat(button.property("owner")).isEqualTo(new StateTree.NodeRef(7));
        assertThat(button.properties()).doesNotContainKey("disabled");
    }

    @Test
    void anUnknownChangeTypeIsAProtocolFailure() {
        assertThatExceptionOfType(VaadinClientException.class)
                .isThrownBy(() -> apply("[{'node':1,'type':'teleport','feat':2}]"))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.PROTOCOL));
    }

    @Test
    void uidlResponsesLoseTheirAntiHijackingPrefix() {
        JsonNode message = UiChannel.parseUidl("for(;;);[{\"syncId\":1,\"clientId\":1}]");

        assertThat(message.get("syncId").asInt()).isEqualTo(1);
        assertThatExceptionOfType(VaadinClientException.class).isThrownBy(() -> UiChannel.parseUidl("<html>"))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.PROTOCOL));
    }

    @Test
    void clickDataHasBrowserDefaultsAndFiltersAreTrue() throws Exception {
        renderView();
        JsonNode spec = Json.MAPPER.readTree("""
                {"event.shiftKey":false,"event.detail":false,"event.button":false,"]":false,
                 "(event.key === 'Enter')":false,"}value":false}""");

        JsonNode data = EventData.build(tree.get(5).orElseThrow(), "click", spec);

        assertThat(data.toString())
                .isEqualTo("{\"event.shiftKey\":false,\"event.detail\":1,\"event.button\":0,\"]\":5,\"(event.key === 'Enter')\":true}");
        assertThat(EventData.synchronizedProperties(spec)).containsExactly("value");
    }
}
