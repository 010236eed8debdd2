package dev.newsletter.parser.email;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Publication;
import dev.newsletter.Section;
import java.util.List;
import java.util.Map;

/**
 * The issue in the keys of the project's JSON shape (design.md), written by the test itself: this
 * module cannot depend on newsletter-render, which depends on it for its own tests. Content trees
 * ({@code blocks}) are left out; {@code text} stands for them. With {@code withText} false only the
 * structure is written, so that golden files of corpus issues do not copy the corpus's prose.
 */
final class GoldenJson {

    private final StringBuilder out = new StringBuilder();
    private final boolean withText;
    private int depth;
    private boolean first = true;

    private GoldenJson(boolean withText) {
        this.withText = withText;
    }

    static String of(Issue issue, boolean withText) {
        GoldenJson json = new GoldenJson(withText);
        json.issue(issue);
        return json.out.append('\n').toString();
    }

    private void issue(Issue issue) {
        open('{');
        field("title", issue.title());
        field("edition", issue.edition());
        field("date", issue.date() == null ? null : issue.date().toString());
        field("datePrecision", issue.datePrecision().id());
        field("published", issue.published() == null ? null : issue.published().toString());
        if (withText) {
            raw("wordCount", Integer.toString(issue.wordCount()));
        }
        Publication publication = issue.publication();
        key("publication");
        open('{');
        field("name", publication.name());
        field("tagline", publication.tagline());
        field(
                "homepage",
                publication.homepage() == null ? null : publication.homepage().toString());
        close('}');
        field("format", issue.source().format() == null ? null : issue.source().format().id());
        if (withText) {
            key("intro");
            open('{');
            field("text", issue.introText());
            close('}');
        }
        key("sections");
        open('[');
        for (Section section : issue.sections()) {
            element();
            section(section);
        }
        close(']');
        key("metadata");
        value(
                withText
                        ? issue.metadata().asMap()
                        : Map.of("keys", List.copyOf(issue.metadata().keys())));
        close('}');
    }

    private void section(Section section) {
        open('{');
        field("kind", section.kind().id());
        field("heading", section.heading());
        field("title", section.title());
        if (withText) {
            field("text", section.plainText());
        }
        key("entries");
        open('[');
        for (Entry entry : section.entries()) {
            element();
            open('{');
            field("title", entry.title());
            field("url", entry.link() == null ? null : entry.link().toString());
            Person person = entry.contributor();
            key("contributor");
            if (person == null) {
                out.append("null");
            } else {
                open('{');
                field("name", person.name());
                field("url", person.uri() == null ? null : person.uri().toString());
                close('}');
            }
            if (withText) {
                field("text", entry.plainText());
            }
            close('}');
        }
        close(']');
        close('}');
    }

    private void value(Object value) {
        if (value instanceof Map<?, ?> map) {
            open('{');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                key(String.valueOf(entry.getKey()));
                value(entry.getValue());
            }
            close('}');
        } else if (value instanceof List<?> list) {
            open('[');
            for (Object element : list) {
                element();
                value(element);
            }
            close(']');
        } else if (value instanceof String text) {
            string(text);
        } else {
            out.append(value);
        }
    }

    // --- layout: one key or element a line, two spaces a level ---------------------------------

    private void open(char bracket) {
        out.append(bracket);
        depth++;
        first = true;
    }

    private void close(char bracket) {
        depth--;
        if (!first) {
            newline();
        }
        out.append(bracket);
        first = false;
    }

    private void element() {
        if (!first) {
            out.append(',');
        }
        newline();
        first = false;
    }

    private void key(String name) {
        element();
        string(name);
        out.append(": ");
    }

    private void field(String name, String value) {
        key(name);
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
    }

    private void raw(String name, String literal) {
        key(name);
        out.append(literal);
    }

    private void newline() {
        out.append('\n').append("  ".repeat(depth));
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
