package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.selene.domain.shared.DomainException;
import org.selene.domain.skill.MarketplaceService;
import org.selene.domain.skill.SkillCatalogue;
import org.selene.domain.skill.SkillMarkdown;

import java.util.Comparator;
import java.util.List;

/**
 * The marketplace: browse and search the catalogue, a skill's page with its README rendered (the
 * same sanitised Markdown as the market API's detail), install or remove it on the person's devices
 * through the installer skill (the service behind PUT /market/api/skills/install).
 */
@Named("market")
@RequestScoped
public class MarketPage {

    @EJB
    SkillCatalogue catalogue;

    @EJB
    MarketplaceService marketplace;

    @Inject
    PageCaller caller;

    private String search;
    private String id;
    private List<Skill> skills;
    private Skill skill;

    /** What a card and the skill's page show. */
    public record Skill(String id, String name, String summary, String category, String descriptionHtml, List<String> triggers,
                        String repository) {
    }

    public List<Skill> getSkills() {
        if (skills == null) {
            String term = search == null || search.isBlank() ? null : search.trim();
            skills = catalogue.available(term).stream().map(MarketPage::skill).sorted(Comparator.comparing(Skill::name)).toList();
        }
        return skills;
    }

    /** f:viewAction of the skill's page. */
    public void load() {
        try {
            skill = skill(catalogue.entry(id == null ? "" : id));
        } catch (DomainException e) {
            Pages.notFound();
        }
    }

    public String getStatus() {
        if (skill == null || !caller.isSignedIn()) {
            return null;
        }
        return marketplace.installStatuses(caller.id()).statuses().get(skill.id());
    }

    public String install() {
        return change("to_install", "will be installed");
    }

    public String remove() {
        return change("to_remove", "will be removed");
    }

    private String change(String section, String outcome) {
        try {
            marketplace.requestChange(caller.id(), section, id, null);
        } catch (DomainException e) {
            Pages.refused(null, e);
            return null;
        }
        Pages.flash(skill(catalogue.entry(id)).name() + " " + outcome + " on your devices at their next update.");
        return Pages.redirect("/skill.xhtml?id=" + id);
    }

    private static Skill skill(SkillCatalogue.Entry entry) {
        JsonObject d = entry.data();
        JsonArray categories = d.get("categories") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
        JsonArray examples = d.get("examples") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
        return new Skill(entry.id().toString(), text(d, "display_name").isEmpty() ? text(d, "name") : text(d, "display_name"),
                text(d, "short_desc"), !categories.isEmpty() && categories.get(0) instanceof JsonString c ? c.getString() : "Undefined",
                SkillMarkdown.render(text(d, "description")),
                examples.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList(),
                text(d, "repo"));
    }

    private static String text(JsonObject d, String key) {
        return d.get(key) instanceof JsonString s ? s.getString() : "";
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Skill getSkill() { return skill; }
}
