package org.selene.batch.skill;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import org.selene.domain.skill.CoreVersion;
import org.selene.domain.skill.SkillCatalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Upserts each chunk into skill.skill + skill.display, in the chunk's transaction. */
@Named("skillDisplayWriter")
@Dependent
public class SkillDisplayWriter extends AbstractItemWriter {

    @Inject
    SkillCatalogue catalogue;

    @Override
    public void writeItems(List<Object> items) {
        Map<CoreVersion, List<JsonObject>> byVersion = new LinkedHashMap<>();
        for (Object item : items) {
            CatalogueItem entry = (CatalogueItem) item;
            byVersion.computeIfAbsent(entry.version(), v -> new ArrayList<>()).add(entry.entry());
        }
        byVersion.forEach(catalogue::upsert);
    }
}
