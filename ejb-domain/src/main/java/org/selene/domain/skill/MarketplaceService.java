package org.selene.domain.skill;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.shared.DomainException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What a signed-in person does in the marketplace: see install states, ask devices to (un)install. */
@Stateless
public class MarketplaceService {

    private static final List<String> PRECEDENCE = List.of("failed", "installing", "uninstalling", "installed");

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    @Inject
    private SkillCatalogue catalogue;

    @Inject
    private InstallerRequestService installer;

    /** Per skill id the state across the account's devices, and why it failed where it did. */
    public record InstallStatuses(Map<String, String> statuses, Map<String, String> failureReasons) {
    }

    public InstallStatuses installStatuses(UUID accountId) {
        Map<String, String> statuses = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT ds.skill_id, ds.install_status, ds.install_failure_reason FROM device.device_skill ds
                JOIN device.device d ON d.id = ds.device_id WHERE d.account_id = ?1 ORDER BY ds.skill_id, d.id""")
                .setParameter(1, accountId).getResultList()) {
            Object[] c = (Object[]) row;
            String skill = c[0].toString();
            String status = c[1] == null ? null : c[1].toString();
            // Selene answered 500 for a status outside its four; such rows are left out instead
            if (status == null || !PRECEDENCE.contains(status)) {
                continue;
            }
            String before = statuses.get(skill);
            if (before == null || PRECEDENCE.indexOf(status) < PRECEDENCE.indexOf(before)) {
                statuses.put(skill, status);
            }
            if ("failed".equals(status) && c[2] != null) {
                reasons.putIfAbsent(skill, c[2].toString());
            }
        }
        return new InstallStatuses(statuses, reasons);
    }

    /**
     * Puts the skill (by market id, or by its name as the web app's uninstall button sends it) on
     * the installer's list; Selene's version of this always failed with a 500.
     */
    public void requestChange(UUID accountId, String section, String marketId, String skillName) {
        InstallerList list = InstallerList.of(section)
                .orElseThrow(() -> DomainException.badRequest("section: must be one of " + Set.of("to_install", "to_remove")));
        String name;
        if (marketId != null) {
            name = catalogue.entry(marketId).data().getString("name", null);
            if (name == null) {
                throw DomainException.conflict("the catalogue entry " + marketId + " has no skill name");
            }
        } else if (skillName != null && !skillName.isBlank()) {
            name = skillName.strip();
        } else {
            throw DomainException.badRequest("skillDisplayId: This field is required.");
        }
        installer.requestInstallerChange(accountId, list, name);
    }
}
