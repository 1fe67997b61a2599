package org.selene.domain.device;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A CIDR network ("192.168.0.0/16", "::1/128"; a bare address is a network of one). */
public record Network(byte[] prefix, int bits) {

    /** The networks of a comma-separated list; a malformed entry is refused naming it. */
    public static List<Network> parseList(String variable, String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> parse(s).orElseThrow(() -> new IllegalArgumentException(variable + ": not a network in CIDR notation: '" + s + "'")))
                .toList();
    }

    public static Optional<Network> parse(String cidr) {
        int slash = cidr.indexOf('/');
        Optional<byte[]> address = literal(slash < 0 ? cidr : cidr.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int max = address.get().length * 8;
        int bits;
        try {
            bits = slash < 0 ? max : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return bits < 0 || bits > max ? Optional.empty() : Optional.of(new Network(address.get(), bits));
    }

    public boolean contains(String address) {
        return literal(address).filter(a -> a.length == prefix.length).map(a -> {
            int shift = a.length * 8 - bits;
            return new BigInteger(1, a).shiftRight(shift).equals(new BigInteger(1, prefix).shiftRight(shift));
        }).orElse(false);
    }

    /** Only IP literals: a host name would make InetAddress ask the DNS. */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45 || !text.matches("[0-9A-Fa-f.:]+") || !text.matches(".*[.:].*")) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress();
            return Optional.of(bytes);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
