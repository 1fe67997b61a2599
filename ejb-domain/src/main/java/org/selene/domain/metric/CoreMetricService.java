package org.selene.domain.metric;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.device.DeviceService;
import org.selene.domain.recording.RecordingConsent;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Metrics devices report (metric.core) and the account activity they count for. */
@Stateless
public class CoreMetricService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    AccountActivityService activity;

    @Inject
    RecentActivity recent;

    @Inject
    RecordingConsent consent;

    @Inject
    DeviceService devices;

    /**
     * A metric the device reports: stored only when the device opts in (the personal backend's
     * rule; Selene had this insert commented out); the owner counts as active today either way.
     */
    public void record(UUID deviceId, String metricType, String metricJson) {
        if (consent.optedIn(deviceId)) {
            store(deviceId, metricType, metricJson);
        }
        trackAccountActivity(deviceId);
    }

    /** Stores the metric as it is (the admin API's add, whatever the device's opt-in). */
    public void store(UUID deviceId, String metricType, String metricJson) {
        // Selene's table is unique on (device_id, insert_ts): two metrics of one device within the
        // same microsecond collided with a 500; the second one takes the next free microsecond
        for (int attempt = 0; attempt < 5; attempt++) {
            int stored = em.createNativeQuery("INSERT INTO metric.core (device_id, metric_type, metric_value, insert_ts) "
                            + "VALUES (?1, ?2, CAST(?3 AS json), clock_timestamp() AT TIME ZONE 'UTC') ON CONFLICT (device_id, insert_ts) DO NOTHING")
                    .setParameter(1, deviceId).setParameter(2, metricType).setParameter(3, metricJson).executeUpdate();
            if (stored == 1) {
                break;
            }
        }
    }

    /** One speech-to-text request of the device's owner; a produced transcript counts as activity. */
    public void recordTranscription(UUID deviceId, String engine, boolean success, BigDecimal audioSeconds, BigDecimal transcriptionSeconds) {
        Optional<UUID> account = devices.accountOf(deviceId);
        if (account.isEmpty()) {
            return;
        }
        em.persist(new SttTranscription(account.get(), engine, success, audioSeconds, transcriptionSeconds));
        if (success) {
            trackAccountActivity(deviceId);
        }
    }

    /**
     * Selene's track_account_activity: the owner's last activity becomes now; the first activity
     * of a (UTC) day increments today's active counters, creating today's row with snapshot counts.
     * The last activity is kept to the minute: a busy account's row is then written and locked once
     * a minute, not by every metric of each of its devices.
     */
    public void trackAccountActivity(UUID deviceId) {
        if (!recent.firstThisMinute(deviceId)) {
            return;
        }
        List<?> rows = em.createNativeQuery("""
                WITH owner AS (SELECT a.id, a.last_activity_ts FROM account.account a JOIN device.device d ON d.account_id = a.id WHERE d.id = ?1
                    AND (a.last_activity_ts IS NULL OR a.last_activity_ts < (now() AT TIME ZONE 'UTC') - interval '1 minute'
                         OR a.last_activity_ts::date < (now() AT TIME ZONE 'UTC')::date)
                    FOR UPDATE OF a)
                UPDATE account.account a SET last_activity_ts = (now() AT TIME ZONE 'UTC') FROM owner
                WHERE a.id = owner.id
                RETURNING a.id, owner.last_activity_ts IS NULL OR owner.last_activity_ts::date < (now() AT TIME ZONE 'UTC')::date""")
                .setParameter(1, deviceId).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] owner = (Object[]) rows.get(0);
        if (!(Boolean) owner[1]) {
            return;
        }
        UUID accountId = (UUID) owner[0];
        activity.ensureToday();
        em.createNativeQuery("""
                UPDATE metric.account_activity SET
                    accounts_active = accounts_active + 1,
                    members_active = members_active + CASE WHEN EXISTS (SELECT 1 FROM account.account_membership
                        WHERE account_id = ?1 AND upper(membership_ts_range) IS NULL) THEN 1 ELSE 0 END,
                    open_dataset_active = open_dataset_active + CASE WHEN EXISTS (SELECT 1 FROM account.account_agreement aa
                        JOIN account.agreement ag ON ag.id = aa.agreement_id WHERE aa.account_id = ?1 AND ag.agreement = 'Open Dataset') THEN 1 ELSE 0 END
                WHERE activity_dt = (now() AT TIME ZONE 'UTC')::date""").setParameter(1, accountId).executeUpdate();
    }
}
