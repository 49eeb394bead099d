package dev.actionkit.tools;

import dev.actionkit.runtime.ActionKitException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * Logs failed per-user listings once per outage: a warning at the first failure, the rest at
 * debug level, and one line when a listing succeeds again. When ActionKit is down, every user's
 * listing fails; one warning says so, not one per user.
 *
 * <p>Messages name neither the user nor the token: ActionKit's errors are already redacted.
 */
final class ListingFailureLog {

    private final Logger logger;
    private final String fallbackDescription;
    private final AtomicBoolean failing = new AtomicBoolean();

    /**
     * @param logger where to log
     * @param fallbackDescription what a user without an earlier listing gets, for the warning
     */
    ListingFailureLog(Logger logger, String fallbackDescription) {
        this.logger = logger;
        this.fallbackDescription = fallbackDescription;
    }

    /** Records a failed listing and what the user was served instead. */
    void failed(ActionKitException error, UserTools.Origin served) {
        if (failing.compareAndSet(false, true)) {
            logger.warn("Listing a user's ActionKit actions failed; until listings succeed again, "
                    + "each user keeps their last listing, else gets {}. Further failures are "
                    + "logged at debug level. Cause: {}", fallbackDescription, error.getMessage());
        } else {
            logger.debug("Listing a user's ActionKit actions failed again, serving {}: {}",
                    served, error.getMessage());
        }
    }

    /** Records a successful listing; the first after failures is logged. */
    void succeeded() {
        if (failing.compareAndSet(true, false)) {
            logger.info("Listing users' ActionKit actions works again.");
        }
    }
}
