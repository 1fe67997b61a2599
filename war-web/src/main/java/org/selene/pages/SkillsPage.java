package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.selene.domain.shared.DomainException;
import org.selene.domain.skill.SettingValues;
import org.selene.domain.skill.AccountSkillSettingsService;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Skill settings as forms generated from each skill's settingsMeta (text, number, checkbox, select,
 * password, label), one form per group of devices sharing definition and values, saved through the
 * AccountSkillSettingsService behind the account API's PUT /api/skills/{family}/settings: the devices get
 * the values on their next poll of /skill/settings.
 */
@Named("skillsPage")
@ViewScoped
public class SkillsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountSkillSettingsService skills;

    @Inject
    PageCaller caller;

    private List<Family> families;

    public static class Option implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String display;
        private final String value;

        Option(String display, String value) {
            this.display = display;
            this.value = value;
        }

        public String getDisplay() { return display; }
        public String getValue() { return value; }
    }

    /** One input of a generated form; text for every type but checkbox. */
    public static class Field implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String type;
        private final String label;
        private final List<Option> options;
        private String text;
        private boolean checked;

        Field(String name, String type, String label, List<Option> options) {
            this.name = name;
            this.type = type;
            this.label = label;
            this.options = options;
        }

        public String getName() { return name; }
        public String getType() { return type; }
        public String getLabel() { return label; }
        public List<Option> getOptions() { return options; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public boolean isChecked() { return checked; }
        public void setChecked(boolean checked) { this.checked = checked; }
    }

    public record Section(String name, List<Field> fields) implements Serializable {
    }

    /** Devices that share a definition and values: one form. */
    public static class Group implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<String> deviceNames;
        private final List<Section> sections;
        private final Map<String, String> storedValues;

        Group(List<String> deviceNames, List<Section> sections, Map<String, String> storedValues) {
            this.deviceNames = deviceNames;
            this.sections = sections;
            this.storedValues = storedValues;
        }

        public List<String> getDeviceNames() { return deviceNames; }
        public String getDevices() { return String.join(", ", deviceNames); }
        public List<Section> getSections() { return sections; }
    }

    public record Family(String familyName, String name, List<UUID> skillIds, List<Group> groups) implements Serializable {
    }

    public List<Family> getFamilies() {
        if (families == null) {
            families = skills.accountSkills(caller.id()).stream()
                    .map(f -> new Family(f.familyName(), f.name(), List.copyOf(f.skillIds()), groups(f.familyName()))).toList();
        }
        return families;
    }

    public String save(Family family, Group group) {
        Map<String, JsonValue> values = new LinkedHashMap<>();
        group.storedValues.forEach((k, v) -> values.put(k, Json.createReader(new java.io.StringReader(v)).readValue()));
        for (Section section : group.sections) {
            for (Field field : section.fields) {
                switch (field.type) {
                    case "label" -> { }
                    case "checkbox" -> values.put(field.name, field.checked ? JsonValue.TRUE : JsonValue.FALSE);
                    // an empty password field keeps the stored secret: it is never sent to the browser
                    case "password" -> {
                        if (field.text != null && !field.text.isEmpty()) {
                            values.put(field.name, Json.createValue(field.text));
                        }
                    }
                    default -> values.put(field.name, SettingValues.normalise(field.type, Json.createValue(field.text == null ? "" : field.text)));
                }
            }
        }
        try {
            skills.updateAccountSkillSettings(caller.id(), family.familyName(), family.skillIds(),
                    List.of(new AccountSkillSettingsService.AccountSettingsChange(values, group.deviceNames)));
        } catch (DomainException e) {
            Pages.refused(null, e);
            return null;
        }
        Pages.flash(family.name() + " settings saved: " + String.join(", ", group.deviceNames) + " get them on the next update.");
        return Pages.redirect("/skills.xhtml");
    }

    private List<Group> groups(String familyName) {
        List<Group> out = new ArrayList<>();
        for (JsonValue entry : skills.accountSkillSettings(caller.id(), familyName)) {
            JsonObject e = entry.asJsonObject();
            JsonObject stored = e.get("settingsValues") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            Map<String, String> storedValues = new LinkedHashMap<>();
            stored.forEach((k, v) -> storedValues.put(k, v.toString()));
            List<Section> sections = new ArrayList<>();
            JsonArray sectionsJson = e.getJsonObject("settingsDisplay").get("sections") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
            for (JsonValue s : sectionsJson) {
                if (!(s instanceof JsonObject section) || !(section.get("fields") instanceof JsonArray fieldsJson)) {
                    continue;
                }
                List<Field> fields = new ArrayList<>();
                for (JsonValue f : fieldsJson) {
                    if (f instanceof JsonObject field) {
                        fields.add(field(field, stored));
                    }
                }
                sections.add(new Section(section.getString("name", ""), fields));
            }
            List<String> names = e.getJsonArray("deviceNames").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            out.add(new Group(names, sections, storedValues));
        }
        return out;
    }

    private static Field field(JsonObject json, JsonObject stored) {
        String type = json.getString("type", "text");
        String name = json.getString("name", "");
        List<Option> options = new ArrayList<>();
        if (json.get("options") instanceof JsonArray expanded) {
            for (JsonValue o : expanded) {
                if (o instanceof JsonObject option) {
                    options.add(new Option(option.getString("display", ""), option.getString("value", "")));
                }
            }
        }
        Field field = new Field(name, switch (type) {
            case "checkbox", "number", "select", "password", "label", "email" -> type;
            default -> "text";
        }, json.getString("label", name), options);
        JsonValue value = stored.get(name);
        String text = value == null || value == JsonValue.NULL ? "" : value instanceof JsonString s ? s.getString() : value.toString();
        field.setText("password".equals(field.getType()) ? null : text);
        field.setChecked(value == JsonValue.TRUE || "true".equalsIgnoreCase(text));
        return field;
    }
}
