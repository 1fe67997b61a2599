package org.selene.domain.account;

import org.selene.domain.shared.DomainException;

import java.util.regex.Pattern;

/** Syntax check of e-mail addresses, without DNS: a lookup that fails must not block a sign-up form. */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s\"(),:;<>\\[\\\\\\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    public static boolean wellFormed(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }

    /** The trimmed address, or 400. */
    public static String require(String address) {
        String trimmed = address == null ? null : address.trim();
        if (!wellFormed(trimmed)) {
            throw DomainException.badRequest("not a valid e-mail address");
        }
        return trimmed;
    }
}
