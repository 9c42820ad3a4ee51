package app.stride;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.lang.reflect.Modifier;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Browserless view tests: the real Spring context with Karibu's mocked Vaadin servlet, in
 * English unless a test switches, and a way to act as a signed-in user of a role.
 */
@StrideTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /**
     * Karibu's own discovery sees only public classes; our views are package-private, so
     * Spring's scanner finds them.
     */
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("app.stride");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        for (var candidate : scanner.findCandidateComponents("app.stride")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), KaribuTest.class.getClassLoader());
            if (Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                @SuppressWarnings("unchecked")
                var errorView = (Class<? extends HasErrorParameter<?>>) type;
                routes.getErrorRoutes().add(errorView);
            } else {
                routes.getRoutes().add(type.asSubclass(Component.class));
            }
        }
        // Karibu's stand-ins rethrow; ours show the page a user would see
        routes.getErrorRoutes().removeIf(view -> view.getName().startsWith("com.github.mvysny"));
        return routes;
    }

    @Autowired
    private UserDetailsService userDetails;

    /**
     * Acts as {@code username} with {@code role} (STUDENT, TEACHER, ADMIN) from here on: with the
     * principal a real sign-in gives an existing account (which carries its id), with the role given.
     */
    protected void login(String username, String role) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
        Object user;
        try {
            user = userDetails.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            user = new User(username, "unused", authorities);
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> r.equals(role));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, r) -> false);
        }
    }

    protected static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    /**
     * The text a user sees in a component, as the browser's textContent: text nodes and text set
     * as an element's content ({@link app.stride.shell.StaticText}, {@code Html}), in order.
     */
    protected static String shown(com.vaadin.flow.component.Component component) {
        StringBuilder text = new StringBuilder();
        shown(component.getElement(), text);
        return text.toString();
    }

    private static void shown(com.vaadin.flow.dom.Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
            return;
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {
            text.append(org.jsoup.parser.Parser.unescapeEntities(html.replaceAll("<[^>]*>", ""), false));
        }
        element.getChildren().forEach(child -> shown(child, text));
    }
}
