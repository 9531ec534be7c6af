package io.tollgate.boot.metrics;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.slf4j.LoggerFactory;

/** How log lines are written: plain text (logback.xml), or one JSON object a line for a log collector (logback-json.xml). */
public enum LogFormat {
    TEXT("/logback.xml"),
    JSON("/logback-json.xml");

    private final String resource;

    LogFormat(String resource) {
        this.resource = resource;
    }

    /** Reconfigures logging for this format, for the whole process. */
    public void apply() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        URL config = LogFormat.class.getResource(resource);
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException broken) {
            throw new IllegalStateException("the logging configuration " + resource + " is broken", broken);
        }
    }
}
