package dev.newsletter.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --site-var KEY=VALUE} option every reading command takes: values for template
 * variables such as Jekyll's {@code {{ site.github.url }}}, over the site's {@code _config.yml}.
 */
final class SiteVariableOption {

    @Option(
            names = "--site-var",
            paramLabel = "KEY=VALUE",
            description =
                    "A template variable of the site, such as github.url=https://example.org"
                            + " for {{ site.github.url }}; repeatable; wins over _config.yml.")
    Map<String, String> variables = new LinkedHashMap<>();

    Map<String, String> variables() {
        return variables == null ? Map.of() : variables;
    }
}
