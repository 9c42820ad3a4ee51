package app.stride.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * An /api request as the endpoints see it: it accepts application/json whatever its Accept
 * header said (the API answers nothing else), its body's type is the JSON type the guard
 * settled on, and its body stops being read past the limit.
 */
final class ApiRequest extends HttpServletRequestWrapper {

    private static final String ACCEPT = "Accept";
    private static final String CONTENT_TYPE = "Content-Type";

    private final String contentType;
    private final long limit;

    ApiRequest(HttpServletRequest request, String contentType, long limit) {
        super(request);
        this.contentType = contentType;
        this.limit = limit;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getHeader(String name) {
        if (ACCEPT.equalsIgnoreCase(name)) {
            return JsonErrors.CONTENT_TYPE;
        }
        return CONTENT_TYPE.equalsIgnoreCase(name) ? contentType : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (ACCEPT.equalsIgnoreCase(name) || CONTENT_TYPE.equalsIgnoreCase(name)) {
            String value = getHeader(name);
            return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
        }
        return super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
            String name = e.nextElement();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("accept") && !lower.equals("content-type")) {
                names.add(name);
            }
        }
        names.add(ACCEPT);
        if (contentType != null) {
            names.add(CONTENT_TYPE);
        }
        return Collections.enumeration(names);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        ServletInputStream in = super.getInputStream();
        return new ServletInputStream() {
            private long read;

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++read > limit) {
                    throw new BodyTooLargeException(limit);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = in.read(buffer, off, len);
                if (n > 0 && (read += n) > limit) {
                    throw new BodyTooLargeException(limit);
                }
                return n;
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
