package org.selene.batch.maintenance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The "--date" of Selene's scripts: a job parameter, by default yesterday (UTC). */
final class BatchDate {

    private BatchDate() {
    }

    static LocalDate orYesterday(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC).minusDays(1);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must be YYYY-MM-DD: " + date);
        }
    }
}
