package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The marketplace catalogue: one skill.display row per skill and core release, loaded from
 * mycroft-skills-data's skill-metadata.json. Re-imports update in place, so market ids stay stable.
 */
@Stateless
public class SkillCatalogue {

    /** The release whose catalogue the marketplace shows (as Selene). */
    public static final CoreVersion MARKET_VERSION = CoreVersion.V21_02;

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private SkillRegistry registry;

    /** One catalogue entry: the market id and the skill-metadata.json entry as stored. */
    public record Entry(UUID id, JsonObject data) {
    }

    /** Upserts the entries on (skill_id, core_version); returns how many were written. */
    public int upsert(CoreVersion version, List<JsonObject> entries) {
        for (JsonObject entry : entries) {
            UUID skillId = registry.ensureSkill(entry.getString("skill_gid"));
            em.createNativeQuery("INSERT INTO skill.display (skill_id, core_version, display_data) VALUES (?1, CAST(?2 AS core_version_enum), CAST(?3 AS json)) "
                            + "ON CONFLICT (skill_id, core_version) DO UPDATE SET display_data = excluded.display_data")
                    .setParameter(1, skillId).setParameter(2, version.label()).setParameter(3, entry.toString()).executeUpdate();
        }
        return entries.size();
    }

    /** Every entry of the market's release that matches the search term (all of them without one). */
    public List<Entry> available(String searchTerm) {
        List<Entry> found = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, display_data::text FROM skill.display WHERE core_version = CAST(?1 AS core_version_enum)")
                .setParameter(1, MARKET_VERSION.label()).getResultList()) {
            Object[] c = (Object[]) row;
            JsonObject data = JsonText.parse((String) c[1]).asJsonObject();
            if (searchTerm == null || SkillSearch.matches(data, searchTerm)) {
                found.add(new Entry((UUID) c[0], data));
            }
        }
        return found;
    }

    /** An entry by market id; unknown or malformed ids are 404 (Selene answered 500). */
    public Entry entry(String marketId) {
        return find(marketId).orElseThrow(() -> DomainException.notFound("no skill with id " + marketId));
    }

    Optional<Entry> find(String marketId) {
        UUID id;
        try {
            id = UUID.fromString(marketId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT display_data::text FROM skill.display WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Entry(id, JsonText.parse((String) rows.get(0)).asJsonObject()));
    }
}
