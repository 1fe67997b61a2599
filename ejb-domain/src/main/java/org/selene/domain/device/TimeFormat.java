package org.selene.domain.device;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** Whether a device uses a 12 or 24 hour clock (PostgreSQL enum `time_format_enum`). */
public enum TimeFormat implements DbLabel {
    HOUR_12("12 Hour"),
    HOUR_24("24 Hour");

    private final String label;

    TimeFormat(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `time_format_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<TimeFormat, String> {

        @Override
        public String convertToDatabaseColumn(TimeFormat value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public TimeFormat convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(TimeFormat.class, label);
        }
    }
}
