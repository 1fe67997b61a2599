package org.selene.domain.device;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.recording.RecordingService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a device reads and reports about itself through the device API. */
@Stateless
public class DeviceService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    RecordingService recordings;

    @Inject
    private DeviceSessionService sessions;

    @Inject
    private EtagService etags;

    public Optional<Device> find(UUID deviceId) {
        return Optional.ofNullable(em.find(Device.class, deviceId));
    }

    /** The account a device belongs to, read without loading the device; empty for an unknown device. */
    public Optional<UUID> accountOf(UUID deviceId) {
        return em.createNativeQuery("SELECT account_id FROM device.device WHERE id = ?1").setParameter(1, deviceId)
                .getResultStream().findFirst().map(UUID.class::cast);
    }

    /**
     * PATCH /v1/device/{uuid}: versions only; the device's ETag is not expired (as Selene), the
     * one its cached body is kept under is.
     */
    public void reportVersions(UUID deviceId, String platform, String coreVersion, String enclosureVersion) {
        find(deviceId).ifPresent(d -> {
            d.reportVersions(platform, coreVersion, enclosureVersion);
            etags.expire(deviceId, EtagKind.DEVICE_RECORD);
        });
    }

    public Optional<DeviceViews.Settings> settings(UUID deviceId) {
        List<?> rows = em.createNativeQuery("""
                SELECT ap.id, d.account_id, ap.date_format::text, ap.time_format::text, ap.measurement_system::text,
                       tts.setting_name, tts.engine::text,
                       EXISTS (SELECT 1 FROM account.account_agreement aa JOIN account.agreement ag ON ag.id = aa.agreement_id
                               WHERE aa.account_id = d.account_id AND ag.agreement = 'Open Dataset')
                FROM device.device d
                JOIN device.text_to_speech tts ON tts.id = d.text_to_speech_id
                LEFT JOIN device.account_preferences ap ON ap.account_id = d.account_id
                WHERE d.id = ?1""").setParameter(1, deviceId).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] c = (Object[]) r;
            return new DeviceViews.Settings((UUID) c[0], (UUID) c[1], (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5], (String) c[6], (Boolean) c[7]);
        });
    }

    public Optional<DeviceViews.Location> location(UUID deviceId) {
        List<?> rows = em.createNativeQuery("""
                SELECT ci.name, r.region_code, r.name, co.iso_code, co.name, ci.latitude, ci.longitude,
                       tz.name, tz.gmt_offset, tz.dst_offset
                FROM device.device d
                JOIN device.geography g ON g.id = d.geography_id
                JOIN geography.city ci ON ci.id = g.city_id
                JOIN geography.region r ON r.id = g.region_id
                JOIN geography.country co ON co.id = g.country_id
                JOIN geography.timezone tz ON tz.id = g.timezone_id
                WHERE d.id = ?1""").setParameter(1, deviceId).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] c = (Object[]) r;
            return new DeviceViews.Location((String) c[0], (String) c[1], (String) c[2], ((String) c[3]).trim(), (String) c[4],
                    (BigDecimal) c[5], (BigDecimal) c[6], (String) c[7], (BigDecimal) c[8], (BigDecimal) c[9]);
        });
    }

    /**
     * The type of the owner's active membership, empty for a free account. Nothing in this server
     * writes memberships (no payment provider): whatever does must expire
     * {@link EtagKind#SUBSCRIPTION} of the account's devices; a change made in the database alone
     * shows once the cached answers expire (SELENE_DEVICE_CACHE_SECONDS).
     */
    public Optional<String> activeMembership(UUID deviceId) {
        List<?> rows = em.createNativeQuery("""
                SELECT m.type::text FROM device.device d
                JOIN account.account_membership am ON am.account_id = d.account_id
                JOIN account.membership m ON m.id = am.membership_id
                WHERE d.id = ?1 AND upper(am.membership_ts_range) IS NULL""").setParameter(1, deviceId).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /**
     * Removes a device; its tokens stop working at once (Selene left the refresh token alive), its
     * recordings go with it (the files once the deletion is committed).
     */
    public void delete(UUID deviceId) {
        sessions.revokeAll(deviceId);
        recordings.forgetDevice(deviceId);
        etags.forget(List.of(deviceId));
        find(deviceId).ifPresent(em::remove);
    }
}
