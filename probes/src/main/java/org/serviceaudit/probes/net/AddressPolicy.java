package org.serviceaudit.probes.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which network addresses a probe may connect to. By default only public ones: loopback,
 * private (RFC 1918 and IPv6 unique local), link-local, multicast, carrier-grade NAT and the
 * unspecified address are refused. The check is on the resolved address, so a public name
 * that resolves to 127.0.0.1 is refused as well; callers check again on every connection
 * (each redirect, each reconnect), since a name can resolve differently the next time.
 */
public final class AddressPolicy {

    /** Public addresses only: the default. */
    public static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(false);
    /** Any address, for tests and for mail servers on the agency's own network. */
    public static final AddressPolicy ANY = new AddressPolicy(true, true);
    /**
     * Public addresses and loopback: for tests whose fixtures run on this machine and that
     * check that other non-public addresses are still refused.
     */
    public static final AddressPolicy PUBLIC_AND_LOOPBACK = new AddressPolicy(false, true);

    private final boolean allowPrivate;
    private final boolean allowLoopback;

    private AddressPolicy(boolean allowPrivate) {
        this(allowPrivate, allowPrivate);
    }

    private AddressPolicy(boolean allowPrivate, boolean allowLoopback) {
        this.allowPrivate = allowPrivate;
        this.allowLoopback = allowLoopback;
    }

    public static AddressPolicy of(boolean allowPrivate) {
        return allowPrivate ? ANY : PUBLIC_ONLY;
    }

    /** A connection to a refused address. */
    public static final class RefusedAddressException extends UnknownHostException {
        public RefusedAddressException(String message) {
            super(message);
        }
    }

    /**
     * Resolves a host and returns its addresses if every one is allowed. All must be, since the
     * connection may use any of them.
     *
     * @throws UnknownHostException the name does not resolve, or ({@link RefusedAddressException})
     *                              it resolves to an address the policy refuses
     */
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        List<InetAddress> addresses = List.of(InetAddress.getAllByName(host));
        for (InetAddress address : addresses) {
            check(host, address);
        }
        return addresses;
    }

    public void check(String host, InetAddress address) throws RefusedAddressException {
        if (!allowPrivate && !isPublic(address) && !(allowLoopback && address.isLoopbackAddress())) {
            throw new RefusedAddressException(host + " resolves to " + address.getHostAddress()
                    + ", a loopback, private or otherwise non-public address; probes do not connect there unless allowed");
        }
    }

    /** Whether an address is reachable on the public internet, as far as its number tells. */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local; ::ffff:a.b.c.d mapped addresses are returned by Java as Inet4Address already.
            return (b[0] & 0xfe) != 0xfc;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // 100.64.0.0/10 carrier-grade NAT, 0.0.0.0/8 "this network", 240.0.0.0/4 reserved and broadcast.
        return !(first == 100 && second >= 64 && second < 128) && first != 0 && first < 240;
    }
}
