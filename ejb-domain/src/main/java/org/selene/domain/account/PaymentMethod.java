package org.selene.domain.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** Who takes the payments of a membership (PostgreSQL enum `payment_method_enum`). */
public enum PaymentMethod implements DbLabel {
    STRIPE("Stripe"),
    PAYPAL("PayPal");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `payment_method_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<PaymentMethod, String> {

        @Override
        public String convertToDatabaseColumn(PaymentMethod value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public PaymentMethod convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(PaymentMethod.class, label);
        }
    }
}
