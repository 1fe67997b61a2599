package org.selene.domain.shared;

/**
 * A Java enum constant that stands for one label of a PostgreSQL enum type. The labels
 * ("Terms of Use", "12 Hour", ...) are not valid Java identifiers, so each constant carries its own.
 */
public interface DbLabel {

    String label();

    static String toLabel(DbLabel value) {
        return value == null ? null : value.label();
    }

    static <E extends Enum<E> & DbLabel> E fromLabel(Class<E> type, String label) {
        if (label == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.label().equals(label)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("No " + type.getSimpleName() + " for the database label '" + label + "'");
    }
}
