package org.selene.batch.skill;

import jakarta.json.JsonObject;
import org.selene.domain.skill.CoreVersion;

/** One entry of a skill-metadata.json and the core release it belongs to. */
record CatalogueItem(CoreVersion version, JsonObject entry) {
}
