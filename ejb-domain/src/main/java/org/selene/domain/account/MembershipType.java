package org.selene.domain.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** The paid memberships on offer (PostgreSQL enum `membership_type_enum`). */
public enum MembershipType implements DbLabel {
    MONTHLY("Monthly Membership"),
    YEARLY("Yearly Membership");

    private final String label;

    MembershipType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `membership_type_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<MembershipType, String> {

        @Override
        public String convertToDatabaseColumn(MembershipType value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public MembershipType convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(MembershipType.class, label);
        }
    }
}
