package org.selene.domain.device;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.geography.GeographyService;
import org.selene.domain.shared.DomainException;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Devices as the admin API (the OVOS personal backend's) manages them, across the whole server:
 * pairing by hand under a given uuid, editing what the device sees, removing. An unknown device
 * is "not found" (the personal backend answered 200 with an error body).
 */
@Stateless
public class AdminDeviceService {

    static final int MAX_TOKEN = 200;

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private DeviceService devices;

    @Inject
    private DeviceSessionService sessions;

    @Inject
    private HouseholdService household;

    @Inject
    private DeviceOverridesService overrides;

    @Inject
    private DeviceManagementService management;

    @Inject
    private EtagService etags;

    @Inject
    private GeographyService geography;

    /** What the admin changes; a null field stays as it is. Overrides are device_preferences columns. */
    public record Edit(String name, String placement, Boolean isolatedSkills, Map<String, Object> overrides) {
    }

    public List<Device> all() {
        return em.createQuery("SELECT d FROM Device d ORDER BY d.inserted, d.id", Device.class).getResultList();
    }

    public Device existing(UUID deviceId) {
        return devices.find(deviceId).orElseThrow(() -> DomainException.notFound("unknown device"));
    }

    public boolean isolated(UUID deviceId) {
        return !em.createNativeQuery("SELECT 1 FROM device.isolated_skill_settings WHERE device_id = ?1")
                .setParameter(1, deviceId).getResultList().isEmpty();
    }

    /**
     * GET /admin/{uuid}/pair: the device under this uuid (a new household device if unknown) with
     * a new login; its earlier tokens stop working, as re-pairing did in the personal backend.
     */
    public DeviceLogin pair(UUID deviceId) {
        if (devices.find(deviceId).isEmpty()) {
            create(deviceId);
        }
        sessions.revokeAll(deviceId);
        return sessions.login(deviceId);
    }

    /** POST /admin/devices: creates the device if needed; a given token becomes its only login. */
    public Device upsert(UUID deviceId, String token, Edit edit) {
        Device device = devices.find(deviceId).orElseGet(() -> create(deviceId));
        if (token != null && !token.isBlank()) {
            useToken(deviceId, token);
        }
        edit(deviceId, edit);
        return device;
    }

    public void edit(UUID deviceId, Edit edit) {
        Device device = existing(deviceId);
        if (edit.name() != null) {
            if (edit.name().isBlank()) {
                throw DomainException.badRequest("name: a device needs a name");
            }
            DeviceManagementService.requireUniqueName(em, device.getAccountId(), edit.name(), deviceId);
            device.rename(edit.name());
        }
        if (edit.placement() != null) {
            device.place(edit.placement());
        }
        if (edit.isolatedSkills() != null && edit.isolatedSkills() != isolated(deviceId)) {
            em.createNativeQuery(edit.isolatedSkills()
                            ? "INSERT INTO device.isolated_skill_settings (device_id) VALUES (?1) ON CONFLICT DO NOTHING"
                            : "DELETE FROM device.isolated_skill_settings WHERE device_id = ?1")
                    .setParameter(1, deviceId).executeUpdate();
            etags.expire(deviceId, EtagKind.SKILL);
        }
        overrides.override(deviceId, edit.overrides());
        etags.expire(deviceId, EtagKind.DEVICE, EtagKind.SETTING, EtagKind.LOCATION);
    }

    /**
     * Puts the device at a GeoNames place (Selene's per-device location) and drops a location
     * object the admin API stored over it, so that the device's /location is the place.
     */
    public void locate(UUID deviceId, GeographyService.PlaceName name) {
        Device device = existing(deviceId);
        GeographyService.Place place = geography.resolve(name.country(), name.region(), name.city(), name.timezone());
        if (!place.complete()) {
            throw DomainException.badRequest("location: choose a city from the list");
        }
        device.locate(management.placeOf(device.getAccountId(), place));
        Map<String, Object> noLocationObject = new HashMap<>();
        noLocationObject.put("location", null);
        overrides.override(deviceId, noLocationObject);
        etags.expire(deviceId, EtagKind.DEVICE, EtagKind.SETTING, EtagKind.LOCATION);
    }

    public void delete(UUID deviceId) {
        management.delete(existing(deviceId).getAccountId(), deviceId);
    }

    private Device create(UUID deviceId) {
        return household.newDevice(deviceId)
                .orElseThrow(() -> new DomainException(503, "SELENE_DEFAULT_LOCATION names no imported city yet; try again after the geography import"));
    }

    /**
     * The personal backend's "instant pair": the admin gives the token (CODE:uuid) the device
     * already holds as access and refresh token; it works as both, stored as a hash, for as long as
     * a refresh token does.
     */
    private void useToken(UUID deviceId, String token) {
        if (token.length() > MAX_TOKEN) {
            throw DomainException.badRequest("token: at most " + MAX_TOKEN + " characters");
        }
        String hash = Tokens.hash(token);
        boolean taken = !em.createQuery("SELECT s.deviceId FROM DeviceSession s WHERE (s.accessTokenHash = :h OR s.refreshTokenHash = :h) "
                        + "AND s.deviceId <> :d", UUID.class).setParameter("h", hash).setParameter("d", deviceId).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("token: already the token of another device");
        }
        sessions.revokeAll(deviceId);
        LocalDateTime now = DeviceSessionService.now();
        LocalDateTime expires = now.plus(DeviceSessionService.REFRESH_TOKEN_LIFETIME);
        em.persist(new DeviceSession(deviceId, hash, hash, now, expires, expires));
    }
}
