package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request line or header over Tomcat's 8 KB (a calculator link grown too long, or someone
 * trying) is a quiet 400: no stack trace in the log, which would otherwise take one per attempt.
 */
@StrideTest
@ExtendWith(OutputCaptureExtension.class)
class OverlongRequestTest {

    @LocalServerPort
    int port;

    @Test
    void anOverlongUrlOrHeaderIsA400WithoutAStackTrace(CapturedOutput output) throws Exception {
        String nineKilobytes = "A".repeat(9 * 1024);
        assertThat(status("GET /calculator?model=" + nineKilobytes + " HTTP/1.1\r\nHost: localhost\r\n"))
                .isEqualTo(400);
        assertThat(status("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + nineKilobytes + "\r\n"))
                .isEqualTo(400);
        assertThat(status("GET /log%00in HTTP/1.1\r\nHost: localhost\r\n")).isEqualTo(400);
        assertThat(output.getAll()).doesNotContain("Request header is too large")
                .doesNotContain("Error parsing HTTP request header").doesNotContain("\tat org.apache.coyote");
        // quiet from the first such request on: Tomcat would log the first one at INFO, with its stack trace
        assertThat(java.util.logging.Logger.getLogger("org.apache.coyote.http11.Http11Processor")
                .isLoggable(Level.INFO)).isFalse();
    }

    /** The status of a raw request (no client library that would refuse to send it). */
    private int status(String head) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
