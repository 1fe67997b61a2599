package org.selene.device.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.selene.domain.shared.DomainException;
import org.selene.domain.skill.SkillManifestService.InstalledSkill;
import org.selene.web.http.JsonBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A skills manifest (msm's skills.json) as devices upload it, read by hand: the manifest is stored
 * as uploaded, with whatever other keys msm writes, so only the entries' known keys are checked.
 */
final class SkillManifestWire {

    static final Set<String> STRINGS = Set.of("name", "origin", "installation", "status", "failure_message", "skill_gid");

    private SkillManifestWire() {
    }

    static List<InstalledSkill> skills(JsonObject manifest) {
        if (!(manifest.get("skills") instanceof JsonArray skills)) {
            throw DomainException.badRequest("skills: This field is required.");
        }
        List<InstalledSkill> installed = new ArrayList<>();
        for (JsonValue value : skills) {
            installed.add(skill(value));
        }
        return installed;
    }

    static InstalledSkill skill(JsonValue value) {
        if (!(value instanceof JsonObject entry)) {
            throw DomainException.badRequest("skills: every entry must be an object");
        }
        JsonBody.requiredText(entry, "name");
        String gid = JsonBody.requiredText(entry, "skill_gid");
        for (String key : STRINGS) {
            JsonBody.optionalString(entry, key);
        }
        JsonValue beta = entry.get("beta");
        if (beta != null && beta.getValueType() != JsonValue.ValueType.TRUE && beta.getValueType() != JsonValue.ValueType.FALSE
                && beta.getValueType() != JsonValue.ValueType.NULL) {
            throw DomainException.badRequest("beta: must be a boolean");
        }
        for (String key : List.of("installed", "updated")) {
            JsonValue t = entry.get(key);
            if (t != null && t.getValueType() != JsonValue.ValueType.NUMBER && t.getValueType() != JsonValue.ValueType.NULL) {
                throw DomainException.badRequest(key + ": must be a number");
            }
        }
        return new InstalledSkill(gid, JsonBody.optionalString(entry, "origin"), JsonBody.optionalString(entry, "installation"),
                JsonBody.optionalString(entry, "failure_message"), seconds(entry, "installed"), seconds(entry, "updated"));
    }

    private static java.math.BigDecimal seconds(JsonObject entry, String name) {
        return entry.get(name) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
