package app.stride.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;

/**
 * A keyboard user's way past the top bar and the menu: the first tab stop of every page in the
 * shell jumps to the page's content, shown only while it has the focus. After a navigation within the
 * app the page's heading takes the focus, so a screen reader starts reading at the new page, unless
 * the page gave the focus to something of its own (practice's first answer box).
 */
public final class SkipLink {

    static final String MAIN_ID = "stride-main";

    private SkipLink() {
    }

    static Anchor toMain(Component in) {
        Anchor link = new Anchor("#" + MAIN_ID, in.getTranslation("shell.skip"));
        link.addClassName("stride-skip-link");
        // not followed as a link: the page's <base> would make "#stride-main" the start page's
        // address; the focus moves to the content of this page instead
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const main = document.getElementById($0);
                  if (main) { main.focus(); main.scrollIntoView(); }
                })""", MAIN_ID);
        return link;
    }

    /** The content as the main landmark: a view that is no {@code <main>} gets the role. */
    static void markMain(Element content) {
        content.setAttribute("id", MAIN_ID);
        // a target the skip link can move the focus to, without being a tab stop
        content.setAttribute("tabindex", "-1");
        if (!"main".equals(content.getTag())) {
            content.setAttribute("role", "main");
        }
    }

    /**
     * Runs after the page's own focus calls (they wait a tick as well) and leaves a focus they put
     * in the content alone; one left on the menu entry just pressed moves to the new heading.
     */
    static void focusHeading(Element layout) {
        layout.executeJs("""
                setTimeout(() => {
                  const main = document.getElementById('stride-main');
                  const active = document.activeElement;
                  if (!main || (active && active !== main && main.contains(active))) return;
                  const heading = main.querySelector('h1');
                  if (!heading) return;
                  heading.tabIndex = -1;
                  heading.focus({preventScroll: true});
                }, 0)""");
    }
}
