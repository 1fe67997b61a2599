package org.selene.domain.account;

import org.selene.domain.shared.DomainException;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail addresses as the web apps send them. Checked by syntax only: Selene's DNS look-up could
 * fail and answer 500, which froze the sign-up form.
 */
public final class EmailAddress {

    /** A local part without spaces or specials, and a domain of DNS labels with at least one dot. */
    private static final Pattern SYNTAX = Pattern.compile("[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");
    static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** The address trimmed, with its domain in lower case; empty when it is not an address. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String address = raw.trim();
        if (address.length() > MAX_LENGTH || !SYNTAX.matcher(address).matches() || address.contains("..")) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        return Optional.of(address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    public static String require(String raw) {
        return parse(raw).orElseThrow(() -> DomainException.badRequest("not a valid e-mail address"));
    }
}
