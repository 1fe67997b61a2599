package org.selene.domain.device;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.geography.GeographyService;
import org.selene.domain.wakeword.WakeWord;

import java.util.Optional;
import java.util.UUID;

/**
 * What the account app pre-fills for the next device (device.account_defaults). Paired devices
 * are not affected, so no device ETag changes here.
 */
@Stateless
public class AccountDefaultsService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private GeographyService geography;

    @Inject
    private DeviceManagementService devices;

    /** The defaults with their parts resolved; a part not chosen is null. */
    public record Defaults(AccountDefaults row, GeographyService.Place place, TextToSpeech voice, WakeWord wakeWord) {
    }

    public Optional<Defaults> defaults(UUID accountId) {
        return find(accountId).map(d -> new Defaults(d,
                geography.place(d.getCountryId(), d.getRegionId(), d.getCityId(), d.getTimezoneId()),
                d.getTextToSpeechId() == null ? null : em.find(TextToSpeech.class, d.getTextToSpeechId()),
                d.getWakeWordId() == null ? null : em.find(WakeWord.class, d.getWakeWordId())));
    }

    /** Creates or replaces the defaults; blank parts are cleared, unknown names refused. */
    public void save(UUID accountId, String country, String region, String city, String timezone, String wakeWord, String voice) {
        GeographyService.Place place = geography.resolve(country, region, city, timezone);
        WakeWord chosenWakeWord = blank(wakeWord) ? null : devices.wakeWordNamed(wakeWord);
        TextToSpeech chosenVoice = blank(voice) ? null : devices.voiceNamed(voice);
        AccountDefaults defaults = find(accountId).orElseGet(() -> {
            AccountDefaults created = new AccountDefaults(accountId);
            em.persist(created);
            return created;
        });
        defaults.locate(place.countryId(), place.regionId(), place.cityId(), place.timezoneId());
        defaults.useWakeWord(chosenWakeWord == null ? null : chosenWakeWord.getId());
        defaults.useVoice(chosenVoice == null ? null : chosenVoice.getId());
    }

    private Optional<AccountDefaults> find(UUID accountId) {
        return em.createQuery("SELECT d FROM AccountDefaults d WHERE d.accountId = :a", AccountDefaults.class)
                .setParameter("a", accountId).getResultList().stream().findFirst();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
