package org.selene.domain.device;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Devices that activate themselves, as with the OVOS personal backend: a code requested from a
 * network of SELENE_AUTO_ACTIVATE is marked (PairingService.requestCode), and the first activation poll of that code from such a
 * network pairs it with a new device of the household account, so unmodified mycroft-core and
 * ovos-core polling gets its login without anyone typing the code. Off by default.
 */
@Stateless
public class SelfActivationService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @EJB
    private SelfActivationNetworks networks;

    @Inject
    private HouseholdService household;

    /**
     * POST /v1/device/activate, before the usual activation: pairs a marked, live code whose state
     * matches with a new household device. Anything else is left to the usual activation (404).
     */
    public void pairIfAllowed(String pairingToken, String state, String clientAddress) {
        if (!networks.allows(clientAddress)) {
            return;
        }
        // the row lock makes concurrent polls of one code create one device
        List<?> codes = em.createNativeQuery("""
                SELECT code FROM device.pairing_code WHERE pairing_token_hash = ?1 AND state = ?2 AND self_activating
                    AND device_id IS NULL AND expires_ts > ?3 FOR UPDATE""")
                .setParameter(1, Tokens.hash(pairingToken)).setParameter(2, state)
                .setParameter(3, java.sql.Timestamp.valueOf(DeviceSessionService.now())).getResultList();
        if (codes.isEmpty()) {
            return;
        }
        // the device keeps polling while there is no default city yet (first-start geography import)
        Optional<Device> device = household.newDevice(UUID.randomUUID());
        if (device.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE device.pairing_code SET device_id = ?1 WHERE code = ?2")
                .setParameter(1, device.get().getId()).setParameter(2, codes.get(0)).executeUpdate();
    }
}
