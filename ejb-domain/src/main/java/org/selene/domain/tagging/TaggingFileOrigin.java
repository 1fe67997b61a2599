package org.selene.domain.tagging;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** Where a wake-word sample came from (PostgreSQL enum `tagging_file_origin_enum`). */
public enum TaggingFileOrigin implements DbLabel {
    MYCROFT("mycroft"),
    SELENE("selene"),
    MANUAL("manual");

    private final String label;

    TaggingFileOrigin(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `tagging_file_origin_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<TaggingFileOrigin, String> {

        @Override
        public String convertToDatabaseColumn(TaggingFileOrigin value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public TaggingFileOrigin convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(TaggingFileOrigin.class, label);
        }
    }
}
