package org.serviceaudit.probes.net;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "100.127.255.255", "0.0.0.0", "224.0.0.1", "255.255.255.255",
            "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void nonPublicAddressesAreRefusedByDefault(String literal) throws UnknownHostException {
        InetAddress address = InetAddress.getByName(literal);
        assertFalse(AddressPolicy.isPublic(address), literal);
        AddressPolicy.RefusedAddressException refused = assertThrows(AddressPolicy.RefusedAddressException.class,
                () -> AddressPolicy.PUBLIC_ONLY.resolve(literal));
        assertTrue(refused.getMessage().contains(address.getHostAddress()), refused.getMessage());
        assertDoesNotThrow(() -> AddressPolicy.ANY.resolve(literal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1",
            "192.169.0.1", "2001:4860:4860::8888", "2a00:1450::1"})
    void publicAddressesAreAllowed(String literal) throws UnknownHostException {
        assertTrue(AddressPolicy.isPublic(InetAddress.getByName(literal)), literal);
        assertEquals(1, AddressPolicy.PUBLIC_ONLY.resolve(literal).size());
    }

    @Test
    void loopbackCanBeAllowedAloneForTests() throws UnknownHostException {
        AddressPolicy.PUBLIC_AND_LOOPBACK.resolve("127.0.0.1");
        AddressPolicy.PUBLIC_AND_LOOPBACK.resolve("8.8.8.8");
        assertThrows(AddressPolicy.RefusedAddressException.class, () -> AddressPolicy.PUBLIC_AND_LOOPBACK.resolve("10.0.0.1"));
        assertThrows(AddressPolicy.RefusedAddressException.class, () -> AddressPolicy.PUBLIC_AND_LOOPBACK.resolve("169.254.169.254"));
    }

    @Test
    void namesAreCheckedByWhatTheyResolveTo() {
        assertThrows(AddressPolicy.RefusedAddressException.class, () -> AddressPolicy.PUBLIC_ONLY.resolve("localhost"));
    }
}
