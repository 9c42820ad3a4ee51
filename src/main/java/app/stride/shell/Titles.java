package app.stride.shell;

import com.vaadin.flow.component.Component;

/** Browser tab titles, translated: "Page · Stride". */
public final class Titles {

    private Titles() {
    }

    public static String of(Component view, String key) {
        return view.getTranslation(key) + " · " + view.getTranslation("app.name");
    }
}
