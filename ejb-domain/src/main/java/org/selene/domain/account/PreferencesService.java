package org.selene.domain.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.device.AccountPreferences;
import org.selene.domain.device.DateFormat;
import org.selene.domain.device.EtagKind;
import org.selene.domain.device.EtagService;
import org.selene.domain.device.MeasurementSystem;
import org.selene.domain.device.TimeFormat;

import java.util.Optional;
import java.util.UUID;

/** How the account's devices show dates, times and units; every device downloads them as its settings. */
@Stateless
public class PreferencesService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private EtagService etags;

    public Optional<AccountPreferences> preferences(UUID accountId) {
        return em.createQuery("SELECT p FROM AccountPreferences p WHERE p.accountId = :a", AccountPreferences.class)
                .setParameter("a", accountId).getResultList().stream().findFirst();
    }

    /** Creates or replaces the preferences; the devices' next settings download sees them. */
    public void save(UUID accountId, DateFormat dateFormat, TimeFormat timeFormat, MeasurementSystem measurementSystem) {
        Optional<AccountPreferences> current = preferences(accountId);
        if (current.isPresent()) {
            current.get().change(dateFormat, timeFormat, measurementSystem);
        } else {
            em.persist(new AccountPreferences(accountId, dateFormat, timeFormat, measurementSystem));
        }
        etags.expireForAccount(accountId, EtagKind.SETTING);
    }
}
