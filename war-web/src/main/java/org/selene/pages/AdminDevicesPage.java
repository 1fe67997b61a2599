package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selene.domain.device.DeviceFleetService;

import java.util.List;

/** Admin: every device with its owner, last contact and core version (the newest contacts first). */
@Named("adminDevices")
@RequestScoped
public class AdminDevicesPage {

    static final int SHOWN = 500;

    @EJB
    DeviceFleetService fleet;

    @Inject
    PageCaller caller;

    private List<DeviceFleetService.FleetDevice> devices;

    public List<DeviceFleetService.FleetDevice> getDevices() {
        if (devices == null) {
            devices = fleet.devices(caller.id(), SHOWN);
        }
        return devices;
    }

    public String when(java.time.LocalDateTime time) {
        return DashboardPage.when(time);
    }
}
