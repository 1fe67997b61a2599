package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.selene.domain.device.DeviceFleetService;
import org.selene.domain.metric.ActivityReport;

import java.util.List;

/** Admin: every device with its owner, last contact and core version (the newest contacts first), and a chart of daily activity. */
@Named("adminDevices")
@RequestScoped
public class AdminDevicesPage {

    static final int SHOWN = 500;

    static final int CHART_DAYS = 30;

    @EJB
    DeviceFleetService fleet;

    @EJB
    ActivityReport activity;

    @Inject
    PageCaller caller;

    private List<DeviceFleetService.FleetDevice> devices;

    public List<DeviceFleetService.FleetDevice> getDevices() {
        if (devices == null) {
            devices = fleet.devices(caller.id(), SHOWN);
        }
        return devices;
    }

    /** Chart.js configuration of the activity chart (PrimeFaces' p:chart). */
    public String getActivityChart() {
        List<ActivityReport.Day> days = activity.daily(caller.id(), CHART_DAYS);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder metrics = Json.createArrayBuilder();
        JsonArrayBuilder transcriptions = Json.createArrayBuilder();
        JsonArrayBuilder accounts = Json.createArrayBuilder();
        for (ActivityReport.Day day : days) {
            labels.add(day.date().toString());
            metrics.add(day.metrics());
            transcriptions.add(day.transcriptions());
            accounts.add(day.activeAccounts());
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(dataset("Device metrics", metrics, "#22a7f0"))
                        .add(dataset("STT transcriptions", transcriptions, "#e3a008"))
                        .add(dataset("Active accounts", accounts, "#0e9f6e"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", color).add("fill", false);
    }

    public String when(java.time.LocalDateTime time) {
        return DashboardPage.when(time);
    }
}
