package io.tollgate.boot;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/** Catches what the first start prints once (the console admin's password), as an operator reads it off the log. */
final class FirstStartLog implements AutoCloseable {

    private static final Pattern PASSWORD = Pattern.compile("with the password\\s+(\\S+)");

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.tollgate.first-start");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    FirstStartLog() {
        appender.start();
        logger.addAppender(appender);
    }

    String consolePassword() {
        for (ILoggingEvent event : appender.list) {
            Matcher matcher = PASSWORD.matcher(event.getFormattedMessage());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("the first start printed no console password");
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
