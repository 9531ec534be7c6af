package io.tollgate.boot;

import io.tollgate.application.identity.console.ResetAdmin;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The jar's one-off commands, each run on the database alone and answered with the process's exit code. */
final class Commands {

    static final String RESEAL = "reseal-credentials";
    static final String RESET_ADMIN = "reset-admin";
    static final String USAGE = "usage: java -jar tollgate.jar [" + RESEAL + " | " + RESET_ADMIN + " <username>]";
    static final int DONE = 0;
    static final int REFUSED = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

    private Commands() {}

    /** Runs the command {@code args} name in this environment; what it says goes to {@code out}, refusals to {@code err}. */
    static int run(List<String> args, Map<String, String> env, Consumer<String> out, Consumer<String> err) {
        boolean reseal = args.size() == 1 && RESEAL.equals(args.getFirst());
        boolean resetAdmin = args.size() == 2 && RESET_ADMIN.equals(args.getFirst());
        if (!reseal && !resetAdmin) {
            err.accept("Unknown command '" + String.join(" ", args) + "'; " + USAGE);
            return REFUSED;
        }
        try {
            Config config = Config.from(env);
            if (reseal) {
                LOG.info("Re-sealed {} platform credential(s) under the current master key", Tollgate.resealCredentials(config));
                return DONE;
            }
            return report(Tollgate.resetAdmin(config, args.get(1)), out, err);
        } catch (Config.Invalid | IllegalArgumentException unusable) {
            err.accept("Cannot run " + args.getFirst() + ": " + unusable.getMessage());
            return REFUSED;
        }
    }

    private static int report(ResetAdmin.Outcome outcome, Consumer<String> out, Consumer<String> err) {
        return switch (outcome) {
            case ResetAdmin.Outcome.Reset reset -> {
                out.accept("""
                        Console admin '%s' now signs in with the one-time password

                            %s

                        It is shown only this once and stored only as an Argon2id hash. The second factor and recovery
                        codes are removed and %d console session(s) ended: the next sign-in sets up two-step sign-in again.
                        Choose a password of your own afterwards at /console/password.""".formatted(
                        reset.username(), reset.password(), reset.sessionsEnded()));
                yield DONE;
            }
            case ResetAdmin.Outcome.UnknownAdmin unknown -> {
                err.accept("There is no console admin '" + unknown.username() + "'; nothing was changed.");
                yield REFUSED;
            }
        };
    }
}
