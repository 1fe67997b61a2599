package org.selene.domain.device;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.geography.GeographyService;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.shared.DomainException;
import org.selene.domain.wakeword.WakeWord;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A person's devices as the account app manages them: pairing with a code, editing, removing.
 * Every call is scoped to the caller's account; another account's device is "not found"
 * (Selene let anyone signed in read, edit or delete any device).
 */
@Stateless
public class DeviceManagementService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @EJB
    private RateLimiter limiter;

    @Inject
    private PairingService pairing;

    @Inject
    private DeviceService devices;

    @Inject
    private EtagService etags;

    @Inject
    private GeographyService geography;

    /** What a person chooses for a device: names as the account app shows them. */
    public record DeviceSetup(String name, String placement, String country, String region, String city, String timezone,
                              String wakeWord, String voice) {
        /** A device needs a name, whichever page or API names it. */
        public DeviceSetup {
            if (name == null || name.isBlank()) {
                throw DomainException.badRequest("name: This field is required.");
            }
            name = name.trim();
        }
    }

    /** A device with everything the account app shows about it. */
    public record ManagedDevice(Device device, GeographyService.Place place, TextToSpeech voice, WakeWord wakeWord) {
    }

    /** An account's place, as the device form's location list offers it. */
    public record AccountPlace(UUID id, String countryName) {
    }

    public List<ManagedDevice> devices(UUID accountId) {
        return em.createQuery("SELECT d FROM Device d WHERE d.accountId = :a ORDER BY d.name", Device.class)
                .setParameter("a", accountId).getResultList().stream().map(this::managed).toList();
    }

    public ManagedDevice device(UUID accountId, UUID deviceId) {
        return managed(owned(accountId, deviceId));
    }

    public long count(UUID accountId) {
        return em.createQuery("SELECT count(d) FROM Device d WHERE d.accountId = :a", Long.class).setParameter("a", accountId).getSingleResult();
    }

    /** Whether the code a person typed is waiting for a device (the form's live check); a limited guess. */
    public boolean pairingCodePending(UUID accountId, String code, String clientAddress) {
        countPairingAttempt(accountId, clientAddress);
        return pairing.isPending(code);
    }

    /**
     * Creates the device and completes its code, so the device's next activation poll gets its
     * login. All checks happen before anything is written.
     */
    public UUID pair(UUID accountId, String spokenCode, DeviceSetup setup, String clientAddress) {
        countPairingAttempt(accountId, clientAddress);
        // typed as heard: any case, stray spaces
        String pairingCode = spokenCode == null ? "" : spokenCode.trim().toUpperCase(Locale.ROOT);
        if (!pairing.isPending(pairingCode)) {
            throw DomainException.badRequest("pairingCode: unknown or expired pairing code");
        }
        requireUniqueName(em, accountId, setup.name(), null);
        Choices choices = choices(accountId, setup);
        Device device = new Device(accountId, setup.name(), setup.placement(), choices.wakeWord().getId(), choices.voice().getId(), choices.geographyId());
        em.persist(device);
        em.flush();
        pairing.completePairing(pairingCode, device.getId());
        return device.getId();
    }

    /** Checking a code and pairing with one are both guesses at other households' codes. */
    private void countPairingAttempt(UUID accountId, String clientAddress) {
        limiter.hit(Limit.PAIRING_ATTEMPTS_PER_ACCOUNT, accountId.toString());
        limiter.hit(Limit.PAIRING_ATTEMPTS_PER_ADDRESS, clientAddress);
    }

    /** Changes what the person chose; the device's next conditional GETs see it. */
    public void edit(UUID accountId, UUID deviceId, DeviceSetup setup) {
        Device device = owned(accountId, deviceId);
        requireUniqueName(em, accountId, setup.name(), deviceId);
        Choices choices = choices(accountId, setup);
        device.rename(setup.name());
        device.place(setup.placement());
        device.useWakeWord(choices.wakeWord().getId());
        device.useVoice(choices.voice().getId());
        device.locate(choices.geographyId());
        etags.expire(deviceId, EtagKind.DEVICE, EtagKind.LOCATION, EtagKind.SETTING);
    }

    /** Removes the device; its tokens stop working at once and it may pair again with a new code. */
    public void delete(UUID accountId, UUID deviceId) {
        owned(accountId, deviceId);
        // the one reference to a device without ON DELETE CASCADE
        em.createNativeQuery("DELETE FROM metric.core_interaction WHERE device_id = ?1").setParameter(1, deviceId).executeUpdate();
        devices.delete(deviceId);
    }

    public List<AccountPlace> places(UUID accountId) {
        return em.createQuery("SELECT g.id, c.name FROM DeviceGeography g, Country c WHERE c.id = g.countryId AND g.accountId = :a ORDER BY c.name", Object[].class)
                .setParameter("a", accountId).getResultList().stream()
                .map(r -> new AccountPlace((UUID) r[0], (String) r[1])).toList();
    }

    public List<TextToSpeech> voices() {
        return em.createQuery("SELECT t FROM TextToSpeech t ORDER BY t.displayName", TextToSpeech.class).getResultList();
    }

    /** The wake words everyone may choose: those with system-wide Pocketsphinx settings. */
    public List<WakeWord> wakeWords() {
        return em.createQuery("SELECT w FROM WakeWord w WHERE EXISTS (SELECT p FROM PocketsphinxSettings p WHERE p.wakeWordId = w.id AND p.accountId IS NULL) "
                + "ORDER BY w.name", WakeWord.class).getResultList();
    }

    /** A wake word by the name the app shows ("Hey Mycroft"); Precise preferred, as Selene. */
    public WakeWord wakeWordNamed(String name) {
        List<?> ids = em.createNativeQuery("SELECT id FROM wake_word.wake_word WHERE name = ?1 ORDER BY engine DESC LIMIT 1")
                .setParameter(1, name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).getResultList();
        return ids.stream().map(id -> em.find(WakeWord.class, id)).findFirst()
                .orElseThrow(() -> DomainException.badRequest("wakeWord: unknown wake word"));
    }

    /** A voice by its display name ("American Male"). */
    public TextToSpeech voiceNamed(String displayName) {
        return em.createQuery("SELECT t FROM TextToSpeech t WHERE t.displayName = :n OR t.settingName = :n ORDER BY t.settingName", TextToSpeech.class)
                .setParameter("n", displayName.trim()).getResultList().stream().findFirst()
                .orElseThrow(() -> DomainException.badRequest("voice: unknown voice"));
    }

    private record Choices(WakeWord wakeWord, TextToSpeech voice, UUID geographyId) {
    }

    private Choices choices(UUID accountId, DeviceSetup setup) {
        WakeWord wakeWord = wakeWordNamed(setup.wakeWord());
        TextToSpeech voice = voiceNamed(setup.voice());
        GeographyService.Place place = geography.resolve(setup.country(), setup.region(), setup.city(), setup.timezone());
        if (!place.complete()) {
            throw DomainException.badRequest("country, region, city and timezone are required");
        }
        return new Choices(wakeWord, voice, placeOf(accountId, place));
    }

    /** The account's device.geography row for the place, shared by its devices there. */
    public UUID placeOf(UUID accountId, GeographyService.Place place) {
        em.createNativeQuery("INSERT INTO device.geography (account_id, country_id, region_id, city_id, timezone_id) VALUES (?1, ?2, ?3, ?4, ?5) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, accountId).setParameter(2, place.countryId()).setParameter(3, place.regionId())
                .setParameter(4, place.cityId()).setParameter(5, place.timezoneId()).executeUpdate();
        return (UUID) em.createNativeQuery("SELECT id FROM device.geography WHERE account_id = ?1 AND country_id = ?2 AND region_id = ?3 "
                        + "AND city_id = ?4 AND timezone_id = ?5")
                .setParameter(1, accountId).setParameter(2, place.countryId()).setParameter(3, place.regionId())
                .setParameter(4, place.cityId()).setParameter(5, place.timezoneId()).getSingleResult();
    }

    /** Selene's UNIQUE (account_id, name) as a 409 in words, for every path that names a device. */
    static void requireUniqueName(EntityManager em, UUID accountId, String name, UUID except) {
        boolean taken = em.createQuery("SELECT d.id FROM Device d WHERE d.accountId = :a AND d.name = :n", UUID.class)
                .setParameter("a", accountId).setParameter("n", name).getResultList().stream().anyMatch(id -> !id.equals(except));
        if (taken) {
            throw DomainException.conflict("name: the account already has a device with this name");
        }
    }

    private Device owned(UUID accountId, UUID deviceId) {
        return devices.find(deviceId).filter(d -> d.getAccountId().equals(accountId))
                .orElseThrow(() -> DomainException.notFound("no such device"));
    }

    private ManagedDevice managed(Device d) {
        DeviceGeography g = em.find(DeviceGeography.class, d.getGeographyId());
        GeographyService.Place place = g == null ? new GeographyService.Place(null, null, null, null)
                : geography.place(g.getCountryId(), g.getRegionId(), g.getCityId(), g.getTimezoneId());
        return new ManagedDevice(d, place, em.find(TextToSpeech.class, d.getTextToSpeechId()), em.find(WakeWord.class, d.getWakeWordId()));
    }
}
