package org.selene.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The abuse limits (account.rate_limit) as tests see them. */
public final class Limits {

    private Limits() {
    }

    /** A refusal by a limit: 429, the JSON error and Retry-After within the limit's window. */
    public static Http.Reply assertLimited(Http.Reply reply, int windowSeconds) {
        reply.assertJsonError(429);
        String retryAfter = reply.header("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After"));
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= windowSeconds, "Retry-After " + retryAfter);
        return reply;
    }

    /**
     * Moves the current windows of a limit a day into the past, as if they had ended: what the next
     * request sees once Retry-After has passed (every key's: other tests only gain from it).
     */
    public static void endCurrentWindows(String limit) {
        Db.update("""
                UPDATE account.rate_limit SET window_start = window_start - interval '1 day', window_end = window_end - interval '1 day'
                WHERE limit_name = ? AND window_end > (now() AT TIME ZONE 'UTC')""", limit);
    }
}
