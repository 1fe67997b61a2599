package org.selene.requestguard;

import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Puts {@link RequestPathFilter} right before the filter that hands requests to the server's handler
 * (Payara's container mapper and Catalina's adapter). Registered in the service locator under the
 * comet add-on's name (META-INF/hk2-locator/default): that is where Payara's listener configuration
 * looks an add-on up when {@code comet-support-enabled} is true on a listener's {@code <http>}.
 */
public final class RequestPathAddOn implements AddOn {

    @Override
    public void setup(NetworkListener networkListener, FilterChainBuilder builder) {
        int handler = builder.indexOfType(HttpServerFilter.class);
        if (handler >= 0) {
            builder.add(handler, new RequestPathFilter());
        }
    }
}
