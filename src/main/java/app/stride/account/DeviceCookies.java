package app.stride.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Device cookies (OWASP's defence against lock-out through a shared address): a browser an
 * account signed in from gets a cookie naming a random device id, signed with a server secret for
 * that account. {@link LoginThrottle} counts its attempts apart from the address's, so a classmate
 * hammering the account from the same school network does not hold the student up. Forging one
 * takes the secret; a stolen one gets only its own growing delay.
 *
 * <p>The secret is {@code stride.login.device-secret}, or else one made at random once and kept in
 * the database ({@link SharedSecrets}): every node of a cluster checks the cookies the others
 * signed, and a restart keeps them valid.
 */
@Component
class DeviceCookies {

    static final String NAME = "stride-device";
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final String ALGORITHM = "HmacSHA256";
    /** An id and a MAC, base64url: anything else is no device cookie, and costs no MAC to refuse. */
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{32}\\.[A-Za-z0-9_-]{43}");

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    DeviceCookies(@Value("${stride.login.device-secret:}") String configured, SharedSecrets secrets) {
        byte[] secret;
        if (configured == null || configured.isBlank()) {
            secret = secrets.get("device-cookies");
        } else {
            secret = configured.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** The device id of the request's cookie, if it is one this server signed for this account. */
    Optional<String> deviceOf(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue() != null && FORM.matcher(cookie.getValue()).matches()) {
                String id = cookie.getValue().substring(0, 32);
                byte[] mac = cookie.getValue().substring(33).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(mac, mac(username, id).getBytes(StandardCharsets.US_ASCII))) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** After a sign-in: the browser's device cookie for this account, the same id if it had one. */
    void issue(HttpServletRequest request, HttpServletResponse response, String username, String device) {
        String id = device;
        if (id == null) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        }
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        ResponseCookie cookie = ResponseCookie.from(NAME, id + "." + mac(username, id))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path(path)
                .maxAge(LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private String mac(String username, String id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] sum = mac.doFinal((AccountService.normalizeUsername(username) + "\n" + id)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
