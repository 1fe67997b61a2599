package org.selene.domain.metric;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;

/** Today's row of metric.account_activity, bumped with SQL so concurrent requests add up. */
@Stateless
public class AccountActivityService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    /** Today's (UTC) row, created with snapshot totals; call before changing what it counts. */
    public void ensureToday() {
        em.createNativeQuery("""
                INSERT INTO metric.account_activity (activity_dt, accounts, members, open_dataset)
                SELECT (now() AT TIME ZONE 'UTC')::date,
                       (SELECT count(*) FROM account.account),
                       (SELECT count(*) FROM account.account_membership WHERE membership_ts_range @> (now() AT TIME ZONE 'UTC')),
                       (SELECT count(*) FROM account.account_agreement aa JOIN account.agreement ag ON ag.id = aa.agreement_id WHERE ag.agreement = 'Open Dataset')
                WHERE NOT EXISTS (SELECT 1 FROM metric.account_activity WHERE activity_dt = (now() AT TIME ZONE 'UTC')::date)""").executeUpdate();
    }

    /** Selene's sign-up counters: accounts += 1, accounts_added += 1. */
    public void accountAdded() {
        countAccountChange(Map.of(ActivityCounter.ACCOUNTS, 1, ActivityCounter.ACCOUNTS_ADDED, 1));
    }

    /**
     * Moves today's counters by the given amounts (sign-up, deletion, opt-in/out). Call before the
     * change itself, so that a row created now snapshots the totals as they were.
     */
    public void countAccountChange(Map<ActivityCounter, Integer> deltas) {
        ensureToday();
        StringBuilder set = new StringBuilder();
        for (Map.Entry<ActivityCounter, Integer> delta : deltas.entrySet()) {
            set.append(set.isEmpty() ? "" : ", ").append(delta.getKey().column()).append(" = ")
                    .append(delta.getKey().column()).append(" + ").append(delta.getValue().intValue());
        }
        if (!set.isEmpty()) {
            em.createNativeQuery("UPDATE metric.account_activity SET " + set
                    + " WHERE activity_dt = (now() AT TIME ZONE 'UTC')::date").executeUpdate();
        }
    }
}
