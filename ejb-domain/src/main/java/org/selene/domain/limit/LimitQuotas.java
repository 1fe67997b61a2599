package org.selene.domain.limit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The configured quota of every limit, read at start, so that a malformed SELENE_LIMIT_* stops the deployment. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LimitQuotas {

    private final Map<Limit, Limit.Quota> quotas = new EnumMap<>(Limit.class);

    /** The variables' names come from {@link Limit}. */
    @Inject
    Config config;

    @PostConstruct
    void configure() {
        for (Limit limit : Limit.values()) {
            quotas.put(limit, config.getOptionalValue(limit.variable(), String.class)
                    .map(value -> Limit.Quota.parse(limit.variable(), value)).orElse(limit.defaultQuota()));
        }
    }

    /** Every limit's quota; a caller keeps the map rather than calling this singleton on every hit. */
    public Map<Limit, Limit.Quota> all() {
        return Collections.unmodifiableMap(quotas);
    }
}
