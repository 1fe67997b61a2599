package org.selene.domain.metric;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.account.AdminRole;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Day by day, for the operator (role admin): metrics the devices uploaded, STT transcriptions, active accounts. */
@Stateless
public class ActivityReport {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @EJB
    private AdminRole admins;

    public record Day(LocalDate date, long metrics, long transcriptions, long activeAccounts) {
    }

    /** The last {@code days} days up to today (UTC dates, as the tables store them), oldest first, zeros included. */
    public List<Day> daily(UUID adminId, int days) {
        admins.requireAdmin(adminId);
        List<?> rows = em.createNativeQuery("""
                SELECT CAST(g AS date),
                       (SELECT count(*) FROM metric.core c WHERE c.insert_ts >= g AND c.insert_ts < g + interval '1 day'),
                       (SELECT count(*) FROM metric.stt_transcription s WHERE s.insert_ts >= g AND s.insert_ts < g + interval '1 day'),
                       coalesce((SELECT max(a.accounts_active) FROM metric.account_activity a WHERE a.activity_dt = CAST(g AS date)), 0)
                FROM generate_series(CAST(current_date AS timestamp) - make_interval(days => ?1), CAST(current_date AS timestamp), interval '1 day') g
                ORDER BY 1""").setParameter(1, Math.max(0, Math.min(days, 366) - 1)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(c -> new Day(date(c[0]), ((Number) c[1]).longValue(), ((Number) c[2]).longValue(),
                ((Number) c[3]).longValue())).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
