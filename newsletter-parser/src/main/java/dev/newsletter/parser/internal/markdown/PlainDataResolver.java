package dev.newsletter.parser.internal.markdown;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain YAML scalars the way people writing front matter expect (close to YAML 1.2's core
 * schema): only {@code true}/{@code false} are booleans, only decimal digits are integers, and
 * timestamps stay strings. YAML 1.1 would read {@code NO} as false, {@code 012} as 10, {@code
 * 12:30} as 750 and dates as {@code java.util.Date}; the parser reads dates itself, with the
 * configured zone.
 */
final class PlainDataResolver extends Resolver {

    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INTEGER = Pattern.compile("[-+]?(?:0|[1-9][0-9]{0,17})");
    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(?:[0-9]+\\.[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
    private static final Pattern NULL_VALUE = Pattern.compile("~|null|Null|NULL|");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOLEAN, "tTfF");
        addImplicitResolver(Tag.INT, INTEGER, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, DECIMAL, "-+0123456789.");
        addImplicitResolver(Tag.NULL, NULL_VALUE, "~nN\0");
        addImplicitResolver(Tag.NULL, EMPTY, null);
    }
}
