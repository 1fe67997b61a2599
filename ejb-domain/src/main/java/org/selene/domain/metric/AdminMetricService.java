package org.selene.domain.metric;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The devices' core metrics (metric.core) as the personal backend's admin API lists, changes and
 * deletes them. A metric's id is its row id; the newest come first, at most {@link #MAX_LISTED}.
 */
@Stateless
public class AdminMetricService {

    public static final int MAX_LISTED = 10_000;

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private CoreMetricService metrics;

    public record Metric(UUID id, UUID deviceId, String type, JsonValue value, long epochSeconds) {
    }

    private static final String COLUMNS = "SELECT id, device_id, metric_type, metric_value::text, insert_ts FROM metric.core ";

    public List<Metric> all() {
        return em.createNativeQuery(COLUMNS + "ORDER BY insert_ts DESC LIMIT " + MAX_LISTED).getResultList().stream()
                .map(r -> metric((Object[]) r)).toList();
    }

    public Optional<Metric> find(String id) {
        return parseId(id).flatMap(uuid -> em.createNativeQuery(COLUMNS + "WHERE id = ?1").setParameter(1, uuid).getResultList().stream()
                .map(r -> metric((Object[]) r)).findFirst());
    }

    /** POST /admin/metrics/{uuid}: stored as the admin says, whatever the device's opt-in. */
    public Metric add(UUID deviceId, String type, JsonValue value) {
        metrics.store(deviceId, type, value.toString());
        Object[] row = (Object[]) em.createNativeQuery(COLUMNS + "WHERE device_id = ?1 AND metric_type = ?2 ORDER BY insert_ts DESC LIMIT 1")
                .setParameter(1, deviceId).setParameter(2, type).getSingleResult();
        return metric(row);
    }

    /** A null part stays as it is. */
    public Metric change(String id, String type, JsonValue value) {
        Metric old = find(id).orElseThrow(() -> DomainException.notFound("entry not found"));
        em.createNativeQuery("UPDATE metric.core SET metric_type = ?1, metric_value = CAST(?2 AS json) WHERE id = ?3")
                .setParameter(1, type != null ? type : old.type()).setParameter(2, (value != null ? value : old.value()).toString())
                .setParameter(3, old.id()).executeUpdate();
        return find(id).orElseThrow();
    }

    public boolean delete(String id) {
        return parseId(id).map(uuid -> em.createNativeQuery("DELETE FROM metric.core WHERE id = ?1").setParameter(1, uuid).executeUpdate() == 1)
                .orElse(false);
    }

    private static Metric metric(Object[] c) {
        return new Metric((UUID) c[0], (UUID) c[1], (String) c[2], JsonText.parse((String) c[3]),
                ((Timestamp) c[4]).toLocalDateTime().toEpochSecond(java.time.ZoneOffset.UTC));
    }

    private static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
