package org.selene.requestguard;

import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Puts the guard's filters into a listener's chain: {@link RequestPathFilter} right before the
 * filter that hands requests to the server's handler (Payara's container mapper and Catalina's
 * adapter), and {@link HeaderErrorFilter} right before Grizzly's HTTP codec, whose errors it answers.
 * Registered in the service locator under the comet add-on's name (META-INF/hk2-locator/default):
 * that is where Payara's listener configuration looks an add-on up when {@code comet-support-enabled}
 * is true on a listener's {@code <http>}.
 */
public final class RequestGuardAddOn implements AddOn {

    @Override
    public void setup(NetworkListener networkListener, FilterChainBuilder builder) {
        int handler = builder.indexOfType(HttpServerFilter.class);
        if (handler >= 0) {
            builder.add(handler, new RequestPathFilter());
        }
        int codec = builder.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class);
        if (codec >= 0) {
            HeaderErrorFilter headerErrors = new HeaderErrorFilter();
            ((org.glassfish.grizzly.http.HttpServerFilter) builder.get(codec)).getMonitoringConfig().addProbes(headerErrors.probe());
            builder.add(codec, headerErrors);
        }
    }
}
