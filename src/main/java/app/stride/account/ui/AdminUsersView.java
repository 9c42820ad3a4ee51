package app.stride.account.ui;

import app.stride.account.AccountService;
import app.stride.account.Role;
import app.stride.account.UserSummary;
import app.stride.shell.Titles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admin: find an account and make it a teacher, or a student again; disable it (its open sessions
 * end on their next request) or enable it again.
 */
@Route("admin/users")
@RolesAllowed("ADMIN")
@Menu(order = 90, title = "nav.admin.users", icon = "vaadin:users")
class AdminUsersView extends Main implements HasDynamicTitle {

    /** A renderer, not a component per row: cheap for a class of 300, and no stale buttons. */
    private static final String ROLE_BUTTON = """
            <vaadin-button theme="small" ?hidden="${item.fixed}" data-user="${item.username}"
                @click="${toggle}">${item.label}</vaadin-button>""";
    private static final String ACCESS_BUTTON = """
            <vaadin-button theme="small" ?hidden="${item.fixed}" data-access="${item.username}"
                @click="${toggle}">${item.label}</vaadin-button>""";

    private static final String MANAGE_BUTTONS = """
            <vaadin-button theme="small" ?hidden="${item.fixed}" data-reset="${item.username}"
                @click="${reset}">${item.resetLabel}</vaadin-button>
            <vaadin-button theme="small error tertiary" ?hidden="${item.fixed}" data-delete="${item.username}"
                @click="${remove}">${item.deleteLabel}</vaadin-button>""";

    final TextField search = new TextField();
    /** The last dialogs opened, for tests. */
    PasswordResetDialog resetDialog;
    DeleteUserDialog deleteDialog;
    final Grid<UserSummary> grid = new Grid<>();

    private final AccountService accounts;

    AdminUsersView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("stride-page");

        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setAriaLabel(getTranslation("admin.users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        grid.addColumn(UserSummary::username).setKey("username")
                .setHeader(getTranslation("admin.users.username")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UserSummary::displayName).setKey("name")
                .setHeader(getTranslation("admin.users.displayname")).setFlexGrow(1);
        grid.addColumn(user -> getTranslation("role." + user.role().name().toLowerCase())).setKey("role")
                .setHeader(getTranslation("admin.users.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<UserSummary>of(ROLE_BUTTON)
                        .withProperty("label", this::roleActionLabel)
                        .withProperty("username", UserSummary::username)
                        .withProperty("fixed", user -> user.role() == Role.ADMIN)
                        .withFunction("toggle", this::toggleRole))
                .setKey("action").setHeader(getTranslation("admin.users.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(user -> getTranslation(user.enabled() ? "admin.users.active" : "admin.users.disabled"))
                .setKey("status").setHeader(getTranslation("admin.users.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<UserSummary>of(ACCESS_BUTTON)
                        .withProperty("label", this::accessActionLabel)
                        .withProperty("username", UserSummary::username)
                        .withProperty("fixed", user -> user.role() == Role.ADMIN)
                        .withFunction("toggle", this::toggleAccess))
                .setKey("access").setHeader(getTranslation("admin.users.access"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<UserSummary>of(MANAGE_BUTTONS)
                        .withProperty("resetLabel", user -> getTranslation("admin.users.reset"))
                        .withProperty("deleteLabel", user -> getTranslation("admin.users.delete"))
                        .withProperty("username", UserSummary::username)
                        .withProperty("fixed", user -> user.role() == Role.ADMIN)
                        .withFunction("reset", this::reset)
                        .withFunction("remove", this::delete))
                .setKey("manage").setHeader(getTranslation("admin.users.manage"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> accounts.list(search.getValue(), query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, accounts.count(search.getValue())));
        grid.setWidthFull();

        add(new H1(getTranslation("nav.admin.users")), search, grid);
    }

    String roleActionLabel(UserSummary user) {
        return switch (user.role()) {
            case STUDENT -> getTranslation("admin.users.promote");
            case TEACHER -> getTranslation("admin.users.demote");
            case ADMIN -> "";
        };
    }

    void toggleRole(UserSummary user) {
        if (user.role() == Role.ADMIN) {
            return;
        }
        UserSummary changed = accounts.changeRole(user.id(),
                user.role() == Role.STUDENT ? Role.TEACHER : Role.STUDENT);
        Notification.show(getTranslation("admin.users.changed", changed.username(),
                        getTranslation("role." + changed.role().name().toLowerCase())), 4000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
    }

    String accessActionLabel(UserSummary user) {
        return user.role() == Role.ADMIN ? ""
                : getTranslation(user.enabled() ? "admin.users.disable" : "admin.users.enable");
    }

    void toggleAccess(UserSummary user) {
        if (user.role() == Role.ADMIN) {
            return;
        }
        UserSummary changed = accounts.setEnabled(user.id(), !user.enabled());
        Notification.show(getTranslation("admin.users.changed", changed.username(),
                        getTranslation(changed.enabled() ? "admin.users.active" : "admin.users.disabled")), 4000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
    }

    /** Asks first, then shows the new password once. */
    void reset(UserSummary user) {
        if (user.role() == Role.ADMIN) {
            return;
        }
        resetDialog = new PasswordResetDialog(accounts, user);
        resetDialog.open();
    }

    void delete(UserSummary user) {
        if (user.role() == Role.ADMIN) {
            return;
        }
        deleteDialog = new DeleteUserDialog(accounts, user, this::refresh);
        deleteDialog.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.admin.users");
    }
}
