package org.selene.domain.recording;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/**
 * Whether a device lets the server keep what it sends (metrics, wake words, utterances): its own
 * opt_in (device.device_preferences), else its account's Open Dataset agreement, the same
 * effective value the device reads as optIn in its settings.
 */
@Stateless
public class RecordingConsent {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    public boolean optedIn(UUID deviceId) {
        return em.createNativeQuery("""
                SELECT COALESCE(p.opt_in, EXISTS (SELECT 1 FROM account.account_agreement aa JOIN account.agreement ag ON ag.id = aa.agreement_id
                                                 WHERE aa.account_id = d.account_id AND ag.agreement = 'Open Dataset'))
                FROM device.device d LEFT JOIN device.device_preferences p ON p.device_id = d.id WHERE d.id = ?1""")
                .setParameter(1, deviceId).getResultList().stream().anyMatch(Boolean.TRUE::equals);
    }
}
