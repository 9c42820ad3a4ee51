package app.stride.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.stride.exercise.Exercise;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** POST .../grade as a script sends it, from a test that also uses practice as a signed-in student. */
public final class GradeRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GradeRequests() {
    }

    public static JsonNode grade(MockMvc mvc, Exercise e, String version, Map<String, String> typed, Locale locale)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lang", locale.getLanguage());
        body.put("version", version);
        body.put("answers", typed);
        // the API's stateless chain clears the test's sign-in as it ends a request; practice needs it back
        Authentication student = SecurityContextHolder.getContext().getAuthentication();
        try {
            String answer = mvc.perform(post("/api/v1/exercises/" + e.template().id() + "/" + e.seed() + "/grade")
                            .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            return JSON.readTree(answer);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(student);
        }
    }
}
