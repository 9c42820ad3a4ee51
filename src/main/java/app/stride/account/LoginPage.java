package app.stride.account;

import com.vaadin.flow.component.Component;

/**
 * The view that signs a user in, which the security set-up sends a visitor to. The views supply
 * it: they build on the account services, so the services must not name a view.
 */
public interface LoginPage {

    Class<? extends Component> view();
}
