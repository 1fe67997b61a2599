package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.device.DeviceManagementService;
import org.selene.domain.device.DeviceStatus;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The person's devices, as the account API lists them. */
@Named("dashboard")
@RequestScoped
public class DashboardPage {

    @EJB
    DeviceManagementService devices;

    @Inject
    PageCaller caller;

    private List<DeviceRow> rows;

    /** One line of the table. */
    public record DeviceRow(String id, String name, String placement, String location, String status, String lastContact,
                            String coreVersion, String wakeWord, String voice) {
    }

    public List<DeviceRow> getDevices() {
        if (rows == null) {
            LocalDateTime now = LocalDateTime.now(java.time.ZoneOffset.UTC);
            rows = devices.devices(caller.id()).stream().map(m -> {
                var d = m.device();
                var p = m.place();
                String location = p.city() == null ? "" : p.city().getName() + (p.region() == null ? "" : ", " + p.region().getName());
                return new DeviceRow(d.getId().toString(), d.getName(), d.getPlacement(), location,
                        DeviceStatus.of(d.getLastContact() != null ? d.getLastContact() : d.getInserted(), now).status(), when(d.getLastContact()), d.getCoreVersion(),
                        m.wakeWord() == null ? "" : m.wakeWord().getName(), m.voice() == null ? "" : m.voice().getDisplayName());
            }).toList();
        }
        return rows;
    }

    static String when(LocalDateTime time) {
        return time == null ? "never" : time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC";
    }
}
