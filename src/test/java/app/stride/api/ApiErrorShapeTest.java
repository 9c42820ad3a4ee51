package app.stride.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.stride.StrideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Errors under /api answer the contract's JSON, never the app's HTML, without a login. */
@StrideTest
class ApiErrorShapeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownEndpointIsAJsonNotFound() throws Exception {
        mvc.perform(post("/api/v1/engine/nope").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("There is no endpoint /api/v1/engine/nope."))
                .andExpect(jsonPath("$.path").value("$"));
        mvc.perform(get("/api/anything")).andExpect(status().isNotFound()).andExpect(jsonPath("$.error").exists());
    }

    @Test
    void aKnownEndpointWithTheWrongMethodIsA405() throws Exception {
        mvc.perform(get("/api/v1/engine/summary")).andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.error").value("/api/v1/engine/summary answers POST requests with a JSON body, "
                        + "not GET."));
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeItIsRead() throws Exception {
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        mvc.perform(post("/api/v1/engine/summary").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("The body is larger than 1 MiB."))
                .andExpect(jsonPath("$.path").value("$"));
    }
}
