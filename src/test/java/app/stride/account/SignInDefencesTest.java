package app.stride.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.stride.StrideTest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The login form through the real filter chain: CSRF and throttling as an attacker meets them. */
@StrideTest
class SignInDefencesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;

    @Test
    void aLoginPostFromAnotherSiteWithoutTheTokenSignsNobodyIn() throws Exception {
        // the login CSRF: a foreign page posts the attacker's credentials to /login
        MvcResult forged = mvc.perform(login("student", "student-demo", "10.8.0.1")
                        .header("Origin", "https://evil.example")
                        .header("Referer", "https://evil.example/page"))
                .andExpect(redirectedUrl("/login?expired"))
                .andReturn();
        assertThat(signedIn(forged.getRequest().getSession(false))).isNull();

        MvcResult wrongToken = mvc.perform(login("student", "student-demo", "10.8.0.1")
                        .with(csrf().useInvalidToken()))
                .andExpect(redirectedUrl("/login?expired"))
                .andReturn();
        assertThat(signedIn(wrongToken.getRequest().getSession(false))).isNull();

        // the form of our own page sends its token and signs in
        MvcResult real = mvc.perform(login("student", "student-demo", "10.8.0.1").with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        assertThat(signedIn(real.getRequest().getSession(false)).getAuthentication().getName()).isEqualTo("student");
    }

    @Test
    void theRightPasswordFromTheStudentsAddressGetsInWhileAnotherAddressHammersTheAccount() throws Exception {
        accounts.register("hammered", "Hammered Student", "right-horse-battery");
        String attacker = "10.66.0.66";
        for (int i = 0; i < 6; i++) {
            mvc.perform(login("hammered", "guess-" + i, attacker).with(csrf())).andExpect(redirectedUrl("/login?error"));
        }
        // the attacker's address must now wait: even the right password is not checked from there
        MvcResult refused = mvc.perform(login("hammered", "right-horse-battery", attacker).with(csrf()))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        assertThat(refused.getRequest().getSession(false).getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOfSatisfying(LoginThrottledException.class, e -> assertThat(e.secondsLeft()).isPositive());

        MvcResult student = mvc.perform(login("hammered", "right-horse-battery", "10.0.0.7").with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(signedIn(student.getRequest().getSession(false)).getAuthentication().getName()).isEqualTo("hammered");
    }

    @Test
    void theStudentsOwnDeviceGetsInWhileAClassmateBehindTheSameAddressHammersTheAccount() throws Exception {
        accounts.register("nat.student", "NAT Student", "right-horse-battery");
        String school = "10.77.0.1";
        MvcResult first = mvc.perform(login("nat.student", "right-horse-battery", school).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        String setCookie = first.getResponse().getHeaders("Set-Cookie").stream()
                .filter(header -> header.startsWith(DeviceCookies.NAME + "=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Max-Age=31536000").doesNotContain("Secure");
        Cookie device = first.getResponse().getCookie(DeviceCookies.NAME);
        assertThat(device).isNotNull();

        // a classmate at the same school address, without her cookie
        for (int i = 0; i < 6; i++) {
            mvc.perform(login("nat.student", "guess-" + i, school).with(csrf())).andExpect(redirectedUrl("/login?error"));
        }
        MvcResult withoutCookie = mvc.perform(login("nat.student", "right-horse-battery", school).with(csrf()))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        assertThat(withoutCookie.getRequest().getSession(false).getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
        // a forged cookie (another MAC) is no device cookie: held like the classmate
        String value = device.getValue();
        Cookie forged = new Cookie(DeviceCookies.NAME,
                value.substring(0, value.length() - 1) + (value.endsWith("A") ? "B" : "A"));
        mvc.perform(login("nat.student", "right-horse-battery", school).with(csrf()).cookie(forged))
                .andExpect(redirectedUrl("/login?error"));

        // her own browser, with its cookie, gets in
        MvcResult own = mvc.perform(login("nat.student", "right-horse-battery", school).with(csrf()).cookie(device))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(signedIn(own.getRequest().getSession(false)).getAuthentication().getName()).isEqualTo("nat.student");
        // and the cookie was for her account only: a classmate's cookie does not vouch for another
        accounts.register("nat.other", "NAT Other", "other-horse-battery");
        for (int i = 0; i < 6; i++) {
            mvc.perform(login("nat.other", "guess-" + i, school).with(csrf()).cookie(device));
        }
        mvc.perform(login("nat.other", "other-horse-battery", school).with(csrf()).cookie(device))
                .andExpect(redirectedUrl("/login?error"));
    }

    static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    static SecurityContext signedIn(HttpSession session) {
        return session == null ? null : (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }
}
