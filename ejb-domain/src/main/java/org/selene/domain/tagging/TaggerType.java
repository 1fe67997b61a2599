package org.selene.domain.tagging;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** Who tags wake-word samples: a person with an account or a program (PostgreSQL enum `tagger_type_enum`). */
public enum TaggerType implements DbLabel {
    ACCOUNT("account"),
    AUTOMATED("automated");

    private final String label;

    TaggerType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `tagger_type_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<TaggerType, String> {

        @Override
        public String convertToDatabaseColumn(TaggerType value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public TaggerType convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(TaggerType.class, label);
        }
    }
}
