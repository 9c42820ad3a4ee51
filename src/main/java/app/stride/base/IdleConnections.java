package app.stride.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A class in a quiz is many browsers that are idle most of the time: a student thinks for tens of
 * seconds between two answers. Tomcat keeps 16 KB of buffers per open connection, and keeps them
 * in a cache of 500 after the connection closes. Idle connections are therefore closed after a
 * short while ({@code server.tomcat.keep-alive-timeout}), and only a few closed connections keep
 * their buffers for the next one ({@code stride.tomcat.cached-connections}): the next answer opens
 * a new connection, which costs a TCP handshake instead of 16 KB per student for the whole quiz.
 */
@Component
class IdleConnections implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int cached;

    IdleConnections(@Value("${stride.tomcat.cached-connections:32}") int cached) {
        this.cached = cached;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("socket.bufferPool", String.valueOf(cached)));
    }
}
