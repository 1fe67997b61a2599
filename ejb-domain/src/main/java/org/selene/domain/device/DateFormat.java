package org.selene.domain.device;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** How a device speaks and shows dates (PostgreSQL enum `date_format_enum`). */
public enum DateFormat implements DbLabel {
    DAY_MONTH_YEAR("DD/MM/YYYY"),
    MONTH_DAY_YEAR("MM/DD/YYYY");

    private final String label;

    DateFormat(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `date_format_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<DateFormat, String> {

        @Override
        public String convertToDatabaseColumn(DateFormat value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public DateFormat convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(DateFormat.class, label);
        }
    }
}
