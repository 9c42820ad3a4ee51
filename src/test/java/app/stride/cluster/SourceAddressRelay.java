package app.stride.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A browser on another machine, on this one: a TCP relay on 127.0.0.1 that opens each of its
 * connections to the target from another loopback address (Linux answers on all of 127/8). Java
 * 17's HttpClient cannot pick its source address, so a client talks to the relay instead, and
 * the proxy sees {@code source} as the browser's address, not the test's 127.0.0.1.
 */
final class SourceAddressRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final InetAddress source;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    SourceAddressRelay(String source, int targetPort) {
        try {
            this.source = InetAddress.getByName(source);
            this.targetPort = targetPort;
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(this::accept, "relay-from-" + source);
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                open.add(client);
                Socket target = new Socket();
                open.add(target);
                try {
                    target.bind(new InetSocketAddress(source, 0));
                    target.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
                } catch (IOException refused) {
                    closeQuietly(client); // the client sees its connection end, as a browser would
                    closeQuietly(target);
                    continue;
                }
                pipe(client, target);
                pipe(target, client);
            } catch (IOException e) {
                // the listener closed
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread copying = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed: so is the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "relay-pipe");
        copying.setDaemon(true);
        copying.start();
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(SourceAddressRelay::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
