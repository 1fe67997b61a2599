package org.selene.domain.device;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/**
 * The networks whose devices activate themselves (SELENE_AUTO_ACTIVATE, CIDR list; none by
 * default), read at start so that a malformed entry stops the deployment.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// asked on every pairing-code request, which runs outside a transaction: none begun for a lookup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SelfActivationNetworks {

    static final String VARIABLE = "SELENE_AUTO_ACTIVATE";

    private List<Network> networks = List.of();

    @PostConstruct
    void configure() {
        networks = ConfigProvider.getConfig(SelfActivationNetworks.class.getClassLoader()).getOptionalValue(VARIABLE, String.class)
                .map(value -> Network.parseList(VARIABLE, value)).orElse(List.of());
    }

    public boolean allows(String clientAddress) {
        return networks.stream().anyMatch(n -> n.contains(clientAddress));
    }
}
