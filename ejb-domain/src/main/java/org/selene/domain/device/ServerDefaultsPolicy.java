package org.selene.domain.device;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the server-wide defaults at start: a SELENE_DEFAULT_* outside its choices stops the
 * deployment naming the variable, instead of being handed to every device.
 */
@Singleton
@Startup
public class ServerDefaultsPolicy {

    static final Map<String, Set<String>> CHOICES = Map.of(
            "SELENE_DEFAULT_DATE_FORMAT", Set.of("DMY", "MDY"),
            "SELENE_DEFAULT_TIME_FORMAT", Set.of("full", "half"),
            "SELENE_DEFAULT_SYSTEM_UNIT", Set.of("metric", "imperial"));

    /** Not named verify: Payara looks the callback up by name and trips over the overload. */
    @PostConstruct
    void check() {
        Config config = ConfigProvider.getConfig(ServerDefaultsPolicy.class.getClassLoader());
        verify(name -> config.getOptionalValue(name, String.class));
    }

    static void verify(Function<String, Optional<String>> settings) {
        CHOICES.forEach((name, choices) -> settings.apply(name).map(String::trim).ifPresent(value -> {
            if (!choices.contains(value)) {
                throw new IllegalArgumentException(name + ": one of " + choices.stream().sorted().toList() + ", not '"
                        + (value.length() > 40 ? value.substring(0, 40) : value) + "'");
            }
        }));
    }
}
