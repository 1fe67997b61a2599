package org.selene.domain.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** The kinds of agreement an account accepts (PostgreSQL enum `agreement_enum`). */
public enum AgreementType implements DbLabel {
    PRIVACY_POLICY("Privacy Policy"),
    TERMS_OF_USE("Terms of Use"),
    OPEN_DATASET("Open Dataset");

    private final String label;

    AgreementType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `agreement_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<AgreementType, String> {

        @Override
        public String convertToDatabaseColumn(AgreementType value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public AgreementType convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(AgreementType.class, label);
        }
    }
}
