package org.selene.domain.account.federated;

import org.selene.domain.shared.DomainException;

import java.util.Arrays;

/** The identity providers the sso app offers, by the names it sends. */
public enum FederatedPlatform {
    FACEBOOK("Facebook"),
    GOOGLE("Google"),
    GITHUB("GitHub");

    private final String label;

    FederatedPlatform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FederatedPlatform of(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst()
                .orElseThrow(() -> DomainException.badRequest("platform: Value must be one of [Facebook, Google, GitHub]"));
    }
}
