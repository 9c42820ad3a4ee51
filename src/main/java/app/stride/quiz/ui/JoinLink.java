package app.stride.quiz.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The absolute address of a quiz's join page with its code in it, to read out, paste in a chat or
 * scan from the projector. Built from {@code stride.public-url} when set (behind a proxy the
 * request's own host is not what students type), else from the teacher's request: its scheme,
 * host, port and context path.
 */
@Component
class JoinLink {

    private final String publicUrl;

    JoinLink(@Value("${stride.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    String of(String code) {
        return base() + "/join?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        // the servlet container reads host and port from the request (and from a proxy's headers,
        // with server.forward-headers-strategy set)
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)) {
            return "";
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        String host = request.getServerName() + (usual ? "" : ":" + port);
        return scheme + "://" + host + request.getContextPath();
    }
}
