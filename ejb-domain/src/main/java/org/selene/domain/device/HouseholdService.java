package org.selene.domain.device;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.geography.GeographyService;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The account that owns the devices nobody paired by hand (self-activated or added through the
 * admin API), as the OVOS personal backend's single household. Created without a password when
 * first needed; its owner sets one through the password-reset flow.
 */
@Stateless
public class HouseholdService {

    private static final Logger LOG = Logger.getLogger(HouseholdService.class.getName());

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "SELENE_HOUSEHOLD_EMAIL", defaultValue = "household@localhost")
    String email;

    @Inject
    private ServerDefaults defaults;

    @Inject
    private DeviceManagementService management;

    /**
     * A new household device with the server's defaults (named "Device-<uuid>" as by the personal
     * backend); empty while SELENE_DEFAULT_LOCATION names no imported city.
     */
    public Optional<Device> newDevice(UUID id) {
        Optional<GeographyService.Place> place = defaults.place();
        if (place.isEmpty()) {
            LOG.warning("no household device yet: SELENE_DEFAULT_LOCATION names no imported city");
            return Optional.empty();
        }
        UUID account = account();
        Device device = new Device(id, account, "Device-" + id, null, management.wakeWordNamed("hey mycroft").getId(),
                management.voiceNamed("American Male").getId(), management.placeOf(account, place.get()));
        em.persist(device);
        em.flush();
        return Optional.of(device);
    }

    public UUID account() {
        String address = email.trim().toLowerCase(Locale.ROOT);
        // concurrent first activations: one insert wins, all read the same row
        em.createNativeQuery("INSERT INTO account.account (email_address) VALUES (?1) ON CONFLICT (email_address) DO NOTHING")
                .setParameter(1, address).executeUpdate();
        return (UUID) em.createNativeQuery("SELECT id FROM account.account WHERE email_address = ?1")
                .setParameter(1, address).getSingleResult();
    }
}
