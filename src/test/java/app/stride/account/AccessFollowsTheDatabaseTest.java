package app.stride.account;

import static app.stride.account.SignInDefencesTest.login;
import static app.stride.account.SignInDefencesTest.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.stride.StrideTest;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two signed-in sessions of one teacher; the admin demotes or disables the account in between.
 * Each session's next request carries the database's role, which the {@code @Secured} services
 * then check, and a disabled account's sessions end.
 */
@StrideTest
class AccessFollowsTheDatabaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;

    @Test
    void aDemotionReachesEveryOpenSessionOnItsNextRequest() throws Exception {
        long id = teacher("two.sessions.demoted");
        MockHttpSession laptop = signIn("two.sessions.demoted", "10.1.0.1");
        MockHttpSession phone = signIn("two.sessions.demoted", "10.1.0.2");
        assertThat(roles(laptop)).containsExactly("ROLE_TEACHER");
        assertThat(asSession(laptop, accounts::students)).isNotEmpty(); // a teacher's service works

        asAdmin(() -> accounts.changeRole(id, Role.STUDENT));

        nextRequest(laptop);
        assertThat(roles(laptop)).containsExactly("ROLE_STUDENT");
        assertThatThrownBy(() -> asSession(laptop, accounts::students)).isInstanceOf(AccessDeniedException.class);
        nextRequest(phone);
        assertThat(roles(phone)).containsExactly("ROLE_STUDENT");
        assertThatThrownBy(() -> asSession(phone, accounts::students)).isInstanceOf(AccessDeniedException.class);

        // and a promotion the same way
        asAdmin(() -> accounts.changeRole(id, Role.TEACHER));
        nextRequest(phone);
        assertThat(asSession(phone, accounts::students)).isNotEmpty();
    }

    @Test
    void aDisabledAccountIsSignedOutOfEverySessionAndCannotSignIn() throws Exception {
        long id = teacher("two.sessions.disabled");
        MockHttpSession laptop = signIn("two.sessions.disabled", "10.2.0.1");
        MockHttpSession phone = signIn("two.sessions.disabled", "10.2.0.2");

        asAdmin(() -> accounts.setEnabled(id, false));

        nextRequest(laptop);
        assertThat(laptop.isInvalid()).isTrue();
        // the session is gone: the same cookie is anonymous now and is sent to sign in
        mvc.perform(get("/quizzes").session(phone)).andExpect(redirectedUrl("http://localhost/login"));
        assertThat(phone.isInvalid()).isTrue();

        mvc.perform(login("two.sessions.disabled", "two-sessions-pw", "10.2.0.1").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));

        asAdmin(() -> accounts.setEnabled(id, true));
        signIn("two.sessions.disabled", "10.2.0.1");
    }

    private long teacher(String username) {
        long id = accounts.register(username, "Two Sessions", "two-sessions-pw").id();
        asAdmin(() -> accounts.changeRole(id, Role.TEACHER));
        return id;
    }

    private MockHttpSession signIn(String username, String address) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(login(username, "two-sessions-pw", address).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        assertThat(signedIn(session)).isNotNull();
        return session;
    }

    /** Any request of the session; one that MockMvc can answer without Vaadin's servlet. */
    private void nextRequest(MockHttpSession session) throws Exception {
        mvc.perform(get("/error").session(session));
    }

    private static List<String> roles(MockHttpSession session) {
        return signedIn(session).getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }

    /** A service call in this session, as a Vaadin request of it would make it. */
    private static <T> T asSession(MockHttpSession session, Supplier<T> call) {
        SecurityContext saved = signedIn(session);
        SecurityContextHolder.setContext(saved);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void asAdmin(Runnable action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
