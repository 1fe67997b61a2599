package org.selene.batch;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MaintenanceScheduleTest {

    @Test
    void aTimeIsHourAndMinuteInUtcOnTheFullMinute() {
        ScheduleExpression e = MaintenanceSchedule.expression("0:10");
        assertEquals("0", e.getHour());
        assertEquals("10", e.getMinute());
        assertEquals("0", e.getSecond());
        assertEquals("UTC", e.getTimezone());
        ScheduleExpression every = MaintenanceSchedule.expression(" * : */5 ");
        assertEquals("*", every.getHour());
        assertEquals("*/5", every.getMinute());
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MaintenanceSchedule.expression("0010"));
        assertThrows(IllegalArgumentException.class, () -> MaintenanceSchedule.expression("1:2:3"));
        assertThrows(IllegalArgumentException.class, () -> MaintenanceSchedule.expression(":5"));
    }

    @Test
    void eachJobHasItsVariableAndSeleneNightlyTime() {
        assertEquals("SELENE_SCHEDULE_CORE_METRICS_PARSE", MaintenanceSchedule.variable("core-metrics-parse"));
        assertEquals("0:0", MaintenanceSchedule.DEFAULT_TIMES.get("daily-report"));
        assertEquals("1:30", MaintenanceSchedule.DEFAULT_TIMES.get("wake-word-deletion"));
        assertEquals(6, MaintenanceSchedule.DEFAULT_TIMES.size());
    }
}
