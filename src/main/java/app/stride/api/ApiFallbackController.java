package app.stride.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any /api path without an endpoint: the contract's JSON error, not the app's HTML page. */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    ResponseEntity<ApiError> noSuchEndpoint(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new ApiError("There is no endpoint " + request.getRequestURI() + ".", "$"));
    }
}
