package org.selene.domain.tagging;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** Where a wake-word sample is in its life (PostgreSQL enum `tagging_file_status_enum`). */
public enum TaggingFileStatus implements DbLabel {
    UPLOADED("uploaded"),
    STORED("stored"),
    PENDING_DELETE("pending delete"),
    DELETED("deleted");

    private final String label;

    TaggingFileStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `tagging_file_status_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<TaggingFileStatus, String> {

        @Override
        public String convertToDatabaseColumn(TaggingFileStatus value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public TaggingFileStatus convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(TaggingFileStatus.class, label);
        }
    }
}
