package io.tollgate.adapter.http.support;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Gives the listening socket a backlog for bursts of new connections. Left at its default (the JVM's 50), a burst
 * of a few hundred clients connecting at once overflows it, and some are dropped before Tollgate sees a byte.
 */
public final class AcceptBacklog implements LifeCycle.Listener {

    static final int CONNECTIONS = 1024;

    private AcceptBacklog() {}

    /** Sets the backlog on every connector just before the server opens them (Javalin adds its own late). */
    public static void on(Server server) {
        server.addEventListener(new AcceptBacklog());
    }

    @Override
    public void lifeCycleStarting(LifeCycle event) {
        if (event instanceof Server server) {
            for (var connector : server.getConnectors()) {
                if (connector instanceof ServerConnector listening) {
                    listening.setAcceptQueueSize(CONNECTIONS);
                }
            }
        }
    }
}
