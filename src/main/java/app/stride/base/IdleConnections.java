package app.stride.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A class in a quiz is hundreds of browsers whose connections are idle most of the time: a
 * student thinks for tens of seconds between two answers, and the connection waits open. Tomcat
 * keeps a read and a write buffer of 8 KB for every open connection, and the buffers of 500 closed
 * ones for reuse. As Tomcat's own guide advises for very many keep-alive connections, the buffers
 * here are smaller ({@code stride.tomcat.socket-buffer}, 4 KB: a request of an answer is far
 * smaller, a bigger page goes out in more writes) and only a few closed connections keep theirs
 * ({@code stride.tomcat.cached-connections}).
 */
@Component
class IdleConnections implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int buffer;
    private final int cached;

    IdleConnections(@Value("${stride.tomcat.socket-buffer:4096}") int buffer,
                    @Value("${stride.tomcat.cached-connections:32}") int cached) {
        this.buffer = buffer;
        this.cached = cached;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            for (String[] setting : new String[][] {{"socket.appReadBufSize", String.valueOf(buffer)},
                    {"socket.appWriteBufSize", String.valueOf(buffer)}, {"socket.bufferPool", String.valueOf(cached)}}) {
                if (!connector.setProperty(setting[0], setting[1])) {
                    throw new IllegalStateException("Tomcat does not take " + setting[0]);
                }
            }
        });
    }
}
