package app.stride.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The address a throttle counts a request against. It is {@code request.getRemoteAddr()}, never an
 * {@code X-Forwarded-For} header read by hand: a client sets that header to anything, and would get
 * a fresh address per guess. Behind a reverse proxy, set {@code server.forward-headers-strategy}
 * and {@code server.tomcat.remoteip.internal-proxies} to the proxy's address: Tomcat then puts the
 * client's address in getRemoteAddr. Without the latter Tomcat believes the header from any private
 * address, so a client on the school LAN could still pick its own.
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";
    /** An IPv6 subscriber gets a whole /64: counting its addresses one by one would count nothing. */
    private static final int IPV6_PREFIX_BYTES = 8;
    /** An IPv6 literal, maybe with a zone: only such a string is parsed, so no name is ever resolved. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[\\w.-]+)?");

    private ClientAddress() {
    }

    static String key(String remoteAddr) {
        if (remoteAddr == null || remoteAddr.isBlank()) {
            return UNKNOWN;
        }
        if (remoteAddr.indexOf(':') < 0 || !IPV6_LITERAL.matcher(remoteAddr).matches()) {
            return remoteAddr;
        }
        try {
            // a literal: parsed, never looked up in DNS
            byte[] bytes = InetAddress.getByName(remoteAddr).getAddress();
            if (bytes.length == 4) { // an IPv4-mapped IPv6 address is that IPv4 address
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return HexFormat.of().formatHex(bytes, 0, IPV6_PREFIX_BYTES) + "::/64";
        } catch (UnknownHostException e) {
            return remoteAddr;
        }
    }
}
