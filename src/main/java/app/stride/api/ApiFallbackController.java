package app.stride.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Any /api request no endpoint answers: the contract's JSON error, not the app's HTML page. */
@RestController
class ApiFallbackController {

    private static final Set<String> POST_ONLY = Set.of("/api/v1/engine/summary", "/api/v1/runtime/conv2d",
            "/api/v1/runtime/pool", "/api/v1/runtime/globalavgpool", "/api/v1/runtime/batchnorm",
            "/api/v1/runtime/iou", "/api/v1/runtime/nms");
    private static final Pattern GRADE = Pattern.compile("/api/v1/exercises/[^/]+/[^/]+/grade");
    private static final Pattern GET_ONLY = Pattern.compile("/api/v1/templates|/api/v1/exercises/[^/]+");

    record Allowed(List<String> allow) {
    }

    /**
     * Spring answers OPTIONS on its own for a mapping without methods, with an empty 200 that
     * lists every method even where no endpoint exists; mapped here it follows the same rules as
     * the other methods.
     */
    @RequestMapping(value = {"/api", "/api/**"}, method = RequestMethod.OPTIONS)
    ResponseEntity<?> options(HttpServletRequest request) {
        String path = ApiPaths.decodedPath(request);
        if (postOnly(path) || GET_ONLY.matcher(path).matches()) {
            List<String> allow = postOnly(path) ? List.of("POST", "OPTIONS") : List.of("GET", "HEAD", "OPTIONS");
            // a body too, so that every /api answer is JSON, whatever the method
            return ResponseEntity.ok().header("Allow", String.join(", ", allow)).contentType(MediaType.APPLICATION_JSON)
                    .body(new Allowed(allow));
        }
        return noSuchEndpoint(request);
    }

    private static boolean postOnly(String path) {
        return POST_ONLY.contains(path) || GRADE.matcher(path).matches();
    }

    @RequestMapping({"/api", "/api/**"})
    ResponseEntity<ApiError> noSuchEndpoint(HttpServletRequest request) {
        String path = ApiPaths.decodedPath(request);
        if (postOnly(path)) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header("Allow", "POST")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(path + " answers POST requests with a JSON body, not " + request.getMethod()
                            + ".", "$"));
        }
        if (GET_ONLY.matcher(path).matches()) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header("Allow", "GET, HEAD")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(path + " answers GET requests, not " + request.getMethod() + ".", "$"));
        }
        return ApiExceptionHandler.answer(HttpStatus.NOT_FOUND, "There is no endpoint " + path + ".", "$");
    }
}
