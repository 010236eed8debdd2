package dev.newsletter.examples;

import java.util.Arrays;

/**
 * Runs the command, but stops for good at one moment of a build, so that a test can kill the
 * process exactly there: {@code KillPoint MOMENT N ARGS...} stops the N-th time the build reaches
 * {@code MOMENT} (see {@link BuildHooks}), after printing {@code stopped at MOMENT} on standard
 * output. A {@code no-links} first argument makes the build act as on a file system without
 * symbolic links.
 */
public final class KillPoint {

    private KillPoint() {}

    /** Installs the stop, then runs {@link NewsletterCommand#main}. */
    public static void main(String[] args) throws InterruptedException {
        int first = 0;
        if (args[0].equals("no-links")) {
            BuildHooks.links =
                    (link, target) -> {
                        throw new UnsupportedOperationException("no symbolic links here");
                    };
            first = 1;
        }
        String moment = args[first];
        int times = Integer.parseInt(args[first + 1]);
        int[] seen = {0};
        BuildHooks.checkpoint =
                reached -> {
                    if (reached.equals(moment) && ++seen[0] == times) {
                        System.out.println("stopped at " + moment);
                        System.out.flush();
                        try {
                            Thread.sleep(Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                };
        NewsletterCommand.main(Arrays.copyOfRange(args, first + 2, args.length));
    }
}
