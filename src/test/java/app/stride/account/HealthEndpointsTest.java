package app.stride.account;

import static app.stride.account.SignInDefencesTest.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.stride.StrideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a load balancer asks a node: is it alive, may it take traffic. Those two answer anyone, and
 * say nothing but UP or DOWN; nothing else of Actuator is there, not even for the admin.
 */
@StrideTest
class HealthEndpointsTest {

    private static final String[] PROBES = {"/actuator/health/liveness", "/actuator/health/readiness"};
    private static final String[] HIDDEN = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
            "/actuator/metrics", "/actuator/configprops", "/actuator/loggers", "/actuator/heapdump",
            "/actuator/health/db", "/actuator/health/diskSpace"};

    @Autowired
    MockMvc mvc;

    @Test
    void livenessAndReadinessAnswerUpWithoutLoginAndWithoutDetails() throws Exception {
        for (String probe : PROBES) {
            MockHttpServletResponse response = mvc.perform(get(probe)).andReturn().getResponse();
            assertThat(response.getStatus()).as(probe).isEqualTo(200);
            assertThat(response.getContentAsString()).as(probe).isEqualTo("{\"status\":\"UP\"}");
            assertThat(response.getCookie("JSESSIONID")).as("a probe opens no session").isNull();
        }
    }

    @Test
    void everyOtherEndpointIsRefusedToAnonymousCallers() throws Exception {
        for (String path : concat(HIDDEN, "/actuator/health")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isNotEqualTo(200);
            assertThat(response.getContentAsString()).as(path).doesNotContain("\"status\"", "propertySources", "beans");
        }
        assertThat(mvc.perform(post("/actuator/shutdown").with(csrf())).andReturn().getResponse().getStatus())
                .isNotEqualTo(200);
    }

    @Test
    void theAdminSeesNoMoreThanUpAndNoOtherEndpoint() throws Exception {
        MockHttpSession admin = (MockHttpSession) mvc.perform(login("admin", "admin-test-pw", "10.9.0.1").with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        for (String probe : PROBES) {
            assertThat(mvc.perform(get(probe).session(admin)).andReturn().getResponse().getContentAsString())
                    .as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        // the overall health names its two groups, and no component
        assertThat(mvc.perform(get("/actuator/health").session(admin)).andReturn().getResponse().getContentAsString())
                .startsWith("{\"status\":\"UP\"").doesNotContain("db", "diskSpace", "components", "details");
        for (String path : HIDDEN) {
            // no Actuator answer: a 404, or Vaadin's page for a path it has no view for
            MockHttpServletResponse response = mvc.perform(get(path).session(admin)).andReturn().getResponse();
            assertThat(response.getContentType()).as(path).satisfiesAnyOf(
                    type -> assertThat(type).isNull(), type -> assertThat(type).doesNotContain("json"));
            assertThat(response.getContentAsString()).as(path)
                    .doesNotContain("_links", "propertySources", "\"beans\"", "\"status\"");
        }
    }

    private static String[] concat(String[] paths, String more) {
        String[] all = java.util.Arrays.copyOf(paths, paths.length + 1);
        all[paths.length] = more;
        return all;
    }
}
