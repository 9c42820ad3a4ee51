package app.stride.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
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

    record Allowed(List<String> allow) {
    }

    /**
     * Spring answers OPTIONS on its own for a mapping without methods, with an empty 200 that
     * lists every method even where no endpoint exists; mapped here it follows the same rules as
     * the other methods.
     */
    @RequestMapping(value = {"/api", "/api/**"}, method = RequestMethod.OPTIONS)
    ResponseEntity<?> options(HttpServletRequest request) {
        if (POST_ONLY.contains(ApiPaths.decodedPath(request))) {
            // a body too, so that every /api answer is JSON, whatever the method
            return ResponseEntity.ok().header("Allow", "POST, OPTIONS").contentType(MediaType.APPLICATION_JSON)
                    .body(new Allowed(List.of("POST", "OPTIONS")));
        }
        return noSuchEndpoint(request);
    }

    @RequestMapping({"/api", "/api/**"})
    ResponseEntity<ApiError> noSuchEndpoint(HttpServletRequest request) {
        String path = ApiPaths.decodedPath(request);
        if (POST_ONLY.contains(path)) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header("Allow", "POST")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(path + " answers POST requests with a JSON body, not " + request.getMethod()
                            + ".", "$"));
        }
        return ApiExceptionHandler.answer(HttpStatus.NOT_FOUND, "There is no endpoint " + path + ".", "$");
    }
}
