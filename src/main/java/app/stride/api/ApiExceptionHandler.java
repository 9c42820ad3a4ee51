package app.stride.api;

import app.stride.modeljson.JsonFieldException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * Every failure under /api answers the contract's JSON error; a caller's mistake is a 400. The
 * content type is set on each answer, so no Accept header can turn it into a 406.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiBadRequestException.class)
    ResponseEntity<ApiError> badRequest(ApiBadRequestException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), e.path());
    }

    @ExceptionHandler(JsonFieldException.class)
    ResponseEntity<ApiError> badModel(JsonFieldException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), e.path());
    }

    @ExceptionHandler(ApiStatusException.class)
    ResponseEntity<ApiError> refused(ApiStatusException e) {
        return answer(e.status(), e.getMessage(), e.path());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof BodyTooLargeException tooLarge) {
            return badRequest(tooLarge.asBadRequest());
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof BodyTooLargeException t) {
            return badRequest(t.asBadRequest());
        }
        if (cause instanceof JsonMappingException mapping) {
            String path = JsonPaths.of(mapping.getPath());
            return badRequest(new ApiBadRequestException(path,
                    "The field at " + path + " has the wrong type or form: " + mapping.getOriginalMessage()));
        }
        if (cause instanceof JsonProcessingException json) {
            return badRequest(new ApiBadRequestException("$", "The body is not valid JSON: " + json.getOriginalMessage()));
        }
        return badRequest(new ApiBadRequestException("$", "The body is missing or is not valid JSON."));
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, MultipartException.class})
    ResponseEntity<ApiError> mediaType(Exception e) {
        return answer(HttpStatus.BAD_REQUEST, "The body must be sent as application/json.", "$");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        String allowed = e.getSupportedMethods() == null ? "POST" : String.join(" or ", e.getSupportedMethods());
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "This endpoint does not answer " + e.getMethod() + "; use "
                + allowed + ".", "$");
    }

    @ExceptionHandler(ApiBulkhead.ApiBusyException.class)
    ResponseEntity<ApiError> busy(ApiBulkhead.ApiBusyException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_JSON).body(new ApiError(e.getMessage(), "$"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("API incident {}", incident, e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error (incident " + incident + ").", "$");
    }

    static ResponseEntity<ApiError> answer(HttpStatus status, String error, String path) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(error, path));
    }
}
