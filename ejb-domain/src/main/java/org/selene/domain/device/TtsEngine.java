package org.selene.domain.device;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.selene.domain.shared.DbLabel;

/** The engine behind a text-to-speech voice (PostgreSQL enum `tts_engine_enum`). */
public enum TtsEngine implements DbLabel {
    GOOGLE("google"),
    MIMIC("mimic");

    private final String label;

    TtsEngine(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Maps the constants to the labels of `tts_engine_enum`. */
    @Converter
    public static class LabelConverter implements AttributeConverter<TtsEngine, String> {

        @Override
        public String convertToDatabaseColumn(TtsEngine value) {
            return DbLabel.toLabel(value);
        }

        @Override
        public TtsEngine convertToEntityAttribute(String label) {
            return DbLabel.fromLabel(TtsEngine.class, label);
        }
    }
}
