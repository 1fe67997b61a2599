package org.selene.domain.device;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** The units a device answers in (PostgreSQL enum `measurement_system_enum`). */
public enum MeasurementSystem implements DbLabel {
    IMPERIAL("Imperial"),
    METRIC("Metric");

    private final String label;

    MeasurementSystem(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `measurement_system_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<MeasurementSystem, String> {

        @Override
        public String convertToDatabaseColumn(MeasurementSystem value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public MeasurementSystem convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(MeasurementSystem.class, label);
        }
    }
}
