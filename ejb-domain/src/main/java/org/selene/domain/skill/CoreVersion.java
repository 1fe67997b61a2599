package org.selene.domain.skill;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** The Mycroft Core releases the marketplace keeps skill metadata for (PostgreSQL enum `core_version_enum`). */
public enum CoreVersion implements DbLabel {
    V18_08("18.08"),
    V19_02("19.02"),
    V19_08("19.08"),
    V20_02("20.02"),
    V20_08("20.08"),
    V21_02("21.02"),
    V21_08("21.08");

    private final String label;

    CoreVersion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `core_version_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<CoreVersion, String> {

        @Override
        public String convertToDatabaseColumn(CoreVersion value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public CoreVersion convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(CoreVersion.class, label);
        }
    }
}
