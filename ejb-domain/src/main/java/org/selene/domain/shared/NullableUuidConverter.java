package org.selene.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * For nullable uuid columns: EclipseLink 4.0's built-in UUID conversion throws on a null value.
 * Writes bind the uuid as text, which PostgreSQL casts to uuid because the pool uses
 * stringtype=unspecified. The database side is Object because reads hand over the driver's
 * java.util.UUID unconverted, while query parameters arrive as text.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value == null ? null : value.toString();
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        return UUID.fromString(value.toString());
    }
}
