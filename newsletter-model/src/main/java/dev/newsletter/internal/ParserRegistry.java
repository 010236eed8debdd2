package dev.newsletter.internal;

import dev.newsletter.IssueParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the installed {@link IssueParser}s with {@link ServiceLoader}. */
public final class ParserRegistry {

    private ParserRegistry() {}

    /**
     * The installed parsers, sorted by name so that the choice between two equally sure parsers
     * does not depend on the class path order.
     *
     * @throws IllegalStateException if a registered parser cannot be loaded
     */
    public static List<IssueParser> installed() {
        List<IssueParser> parsers = new ArrayList<>();
        try {
            ServiceLoader.load(IssueParser.class).forEach(parsers::add);
            if (parsers.isEmpty()) {
                // Inside an application server the context class loader may not see our module.
                ServiceLoader.load(IssueParser.class, IssueParser.class.getClassLoader())
                        .forEach(parsers::add);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException(
                    "A newsletter parser is registered but cannot be loaded: "
                            + e.getMessage()
                            + ". Check that all dev.newsletter artifacts have the same version.",
                    e);
        }
        parsers.sort(Comparator.comparing(IssueParser::name));
        return List.copyOf(parsers);
    }
}
