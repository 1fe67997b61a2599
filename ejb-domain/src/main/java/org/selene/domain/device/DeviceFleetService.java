package org.selene.domain.device;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.account.AdminRole;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Every device of this backend, for the operator (role admin): who owns it, when it last called, what it runs. */
@Stateless
public class DeviceFleetService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @EJB
    private AdminRole admins;

    public record FleetDevice(UUID id, String name, String owner, String platform, String coreVersion, LocalDateTime lastContact,
                              LocalDateTime added) {
    }

    /** The most recently heard first; the admin's own check, whatever page or API asks. */
    public List<FleetDevice> devices(UUID adminId, int max) {
        admins.requireAdmin(adminId);
        List<?> rows = em.createNativeQuery("""
                SELECT d.id, d.name, a.email_address, d.platform, d.core_version, d.last_contact_ts, d.insert_ts
                FROM device.device d JOIN account.account a ON a.id = d.account_id
                ORDER BY d.last_contact_ts DESC NULLS LAST, d.insert_ts DESC LIMIT ?1""").setParameter(1, max).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(c -> new FleetDevice((UUID) c[0], (String) c[1], (String) c[2], (String) c[3],
                (String) c[4], time(c[5]), time(c[6]))).toList();
    }

    private static LocalDateTime time(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
