package app.stride.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The app shell: a side navigation built from the {@code @Menu} views the current user may open
 * (Vaadin filters them by their access annotations), and a user menu with language and log out.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav navigation = new SideNav();
    final MenuBar userMenu = new MenuBar();

    MainLayout(AuthenticationContext authentication, UserProfiles profiles, LocaleSwitch localeSwitch) {
        setPrimarySection(Section.DRAWER);
        addClassName("stride-layout");
        BuiltInTexts.of(this);
        BuiltInTexts.of(userMenu);
        BuiltInTexts.of(navigation);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        // the brand takes the room between the toggle and the user menu (CSS): no spacer element
        Span brand = StaticText.of(new Span(), getTranslation("app.name"));
        brand.addClassName("stride-brand");

        String username = authentication.getPrincipalName().orElse("");
        String shownName = username.isEmpty() ? username : profiles.displayName().orElse(username);
        buildUserMenu(shownName, authentication, localeSwitch);
        // the top bar is the page's banner landmark; its first tab stop skips to the content
        Header header = new Header(SkipLink.toMain(this), toggle, brand, userMenu);
        header.addClassName("stride-header");
        addToNavbar(header);

        // named for a screen reader; a visible label above the entries would say nothing new
        navigation.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(item(entry)));
        // the drawer scrolls by itself: a scroller inside it was one more tab stop that does nothing
        addToDrawer(navigation);
    }

    /** Each page's content is the main landmark the skip link goes to, and a new page's heading gets the focus. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        SkipLink.markMain(content.getElement());
    }

    /**
     * A page opened from within the app puts the focus on its heading. A page loaded by the browser
     * (a typed address, a reload, the page after sign-in) starts at the top: its first tab stop is
     * the skip link.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (event.getLocationChangeEvent().getTrigger() != NavigationTrigger.PAGE_LOAD) {
            SkipLink.focusHeading(getElement());
        }
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        return item;
    }

    private void buildUserMenu(String shownName, AuthenticationContext authentication, LocaleSwitch localeSwitch) {
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.getElement().setAttribute("aria-label", getTranslation("shell.user.menu"));
        // the name alone: an avatar beside it was a tab stop of its own that said nothing more
        Span name = StaticText.of(new Span(), shownName);
        name.addClassName("stride-user");
        MenuItem root = userMenu.addItem(name);
        SubMenu sub = root.getSubMenu();
        Locale current = Languages.supported(getLocale());
        for (Locale language : Languages.SUPPORTED) {
            MenuItem option = sub.addItem(getTranslation("language." + language.getLanguage()),
                    click -> localeSwitch.switchTo(language));
            option.setCheckable(true);
            option.setChecked(language.equals(current));
        }
        sub.addSeparator();
        sub.addItem(getTranslation("shell.logout"), click -> authentication.logout());
    }
}
