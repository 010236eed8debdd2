package dev.newsletter.parser.internal.common;

import dev.newsletter.Entry;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionVocabulary;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides the kind of every section and subsection, as a reader does, by asking these rules in
 * order (the first that knows decides):
 *
 * <table>
 *   <caption>Kind rules, in order</caption>
 *   <tr><th>order</th><th>rule</th><th>example</th></tr>
 *   <tr><td>1</td><td>{@link Label}: the heading's label names a kind</td>
 *       <td>"New research! Deep Metric Learning" is research</td></tr>
 *   <tr><td>2</td><td>{@link Topic}: a topic phrase of the vocabulary in a short heading</td>
 *       <td>"Upcoming Events" is events; "Quote of the Week" is other</td></tr>
 *   <tr><td>3</td><td>{@link OwnProjects}: most entries link into one organisation's
 *       repositories, and the heading or the section's text names it</td><td>"rust-osdev
 *       Projects" over pull requests of github.com/rust-osdev is research</td></tr>
 *   <tr><td>4</td><td>{@link Inherited}: a subsection whose heading names nothing is of its
 *       section's kind</td><td>"Virtual" under "Upcoming Events" is events</td></tr>
 *   <tr><td>5</td><td>{@link Changes}: most entries link to pull requests, issues or
 *       commits</td><td>"Updates from Rust Core" is changes</td></tr>
 *   <tr><td>6</td><td>{@link Content}: most entries are links: curated reading, or the
 *       publisher's own write-ups when their bodies are long</td>
 *       <td>"⚛️ React" with thirty links is reading</td></tr>
 * </table>
 *
 * <p>A section no rule knows stays {@link SectionKind#OTHER}. Immutable and thread-safe.
 */
public final class SectionKinds {

    /** The rules, in order. */
    public static final List<KindRule> DEFAULT_RULES =
            List.of(
                    new Label(),
                    new Topic(),
                    new OwnProjects(),
                    new Inherited(),
                    new Changes(),
                    new Content());

    private final SectionVocabulary vocabulary;
    private final List<KindRule> rules;

    /** Kinds read with {@code vocabulary} by {@code rules}, in order. */
    public SectionKinds(SectionVocabulary vocabulary, List<KindRule> rules) {
        this.vocabulary = vocabulary;
        this.rules = List.copyOf(rules);
    }

    /** {@code sections} with their kinds decided, subsections after their sections. */
    public List<Section> apply(List<Section> sections) {
        List<Section> out = new ArrayList<>(sections.size());
        for (Section section : sections) {
            out.add(apply(section, null));
        }
        return out;
    }

    private Section apply(Section section, SectionKind parent) {
        SectionKind kind = SectionKind.OTHER;
        for (KindRule rule : rules) {
            SectionKind decided = rule.kindOf(section, parent, vocabulary);
            if (decided != null) {
                kind = decided;
                break;
            }
        }
        if (kind.equals(section.kind()) && section.subsections().isEmpty()) {
            return section;
        }
        List<Section> subsections = new ArrayList<>(section.subsections().size());
        for (Section sub : section.subsections()) {
            subsections.add(apply(sub, kind));
        }
        return section.toBuilder().kind(kind).subsections(subsections).build();
    }

    /** The kind the heading's label named when the section was assembled. */
    public static final class Label implements KindRule {
        @Override
        public SectionKind kindOf(Section section, SectionKind parent, SectionVocabulary words) {
            return section.kind().equals(SectionKind.OTHER) ? null : section.kind();
        }
    }

    /** A topic phrase in a short heading. */
    public static final class Topic implements KindRule {
        @Override
        public SectionKind kindOf(Section section, SectionKind parent, SectionVocabulary words) {
            return section.heading().isBlank() ? null : words.topicOf(section.heading());
        }
    }

    /**
     * News of the publisher's own projects: most linked entries point into the repositories of one
     * organisation on a code host, and the section names that organisation ("rust-osdev Projects",
     * "new projects in the `rust-osdev` organization"). A list of another organisation's pull
     * requests ("Updates from Rust Core") does not name it, and stays changes.
     */
    public static final class OwnProjects implements KindRule {
        private static final Set<String> CODE_HOSTS =
                Set.of("github.com", "gitlab.com", "codeberg.org", "git.sr.ht", "bitbucket.org");

        @Override
        public SectionKind kindOf(Section section, SectionKind parent, SectionVocabulary words) {
            Map<String, Integer> byOrganisation = new HashMap<>();
            int linked = 0;
            for (Entry entry : section.allEntries()) {
                if (entry.link() != null) {
                    linked++;
                    String organisation = organisation(entry.link());
                    if (organisation != null) {
                        byOrganisation.merge(organisation, 1, Integer::sum);
                    }
                }
            }
            if (linked < 2) {
                return null;
            }
            for (Map.Entry<String, Integer> candidate : byOrganisation.entrySet()) {
                if (candidate.getValue() * 2 > linked && names(section, candidate.getKey())) {
                    return SectionKind.RESEARCH;
                }
            }
            return null;
        }

        /** "rust-osdev" of {@code https://github.com/rust-osdev/uefi-rs/pull/9}, or null. */
        static String organisation(URI link) {
            String host = link.getHost();
            String path = link.getRawPath();
            if (host == null
                    || path == null
                    || !CODE_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
                return null;
            }
            String[] segments = path.split("/");
            return segments.length > 2 && !segments[1].isEmpty()
                    ? segments[1].toLowerCase(Locale.ROOT)
                    : null;
        }

        private static boolean names(Section section, String organisation) {
            return Words.containsWord(section.heading(), organisation)
                    || Words.containsWord(section.plainText(), organisation);
        }
    }

    /** A subsection is of its section's kind unless its own heading says otherwise. */
    public static final class Inherited implements KindRule {
        @Override
        public SectionKind kindOf(Section section, SectionKind parent, SectionVocabulary words) {
            return parent;
        }
    }

    /** Entries that link to pull requests, issues and commits: a list of changes. */
    public static final class Changes implements KindRule {
        @Override
        public SectionKind kindOf(Section section, SectionKind parent, SectionVocabulary words) {
            // its own entries only: a section over projects that list their pull requests is not
            // a list of changes
            List<Entry> entries = section.entries();
            int linked = 0;
            int changes = 0;
            for (Entry entry : entries) {
                if (entry.link() != null) {
                    linked++;
                    changes += isChange(entry.link()) ? 1 : 0;
                }
            }
            return linked >= 2 && changes * 2 > linked ? SectionKind.CHANGES : null;
        }

        static boolean isChange(URI link) {
            String path = link.getRawPath();
            if (path == null) {
                return false;
            }
            String[] segments = path.toLowerCase(Locale.ROOT).split("/");
            for (int i = 0; i + 1 < segments.length; i++) {
                if (CHANGE_SEGMENTS.contains(segments[i]) && isHex(segments[i + 1])) {
                    return true;
                }
            }
            return false;
        }

        private static final Set<String> CHANGE_SEGMENTS =
                Set.of("pull", "pulls", "issues", "merge_requests", "commit", "commits");

        private static boolean isHex(String segment) {
            if (segment.isEmpty()) {
                return false;
            }
            for (int i = 0; i < segment.length(); i++) {
                if (Character.digit(segment.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Entries that are mostly links are curated reading; when their bodies are long write-ups (over
     * {@value #WRITE_UP_WORDS} words each on average) they are the publisher's own work.
     */
    public static final class Content implements KindRule {
        static final int WRITE_UP_WORDS = 120;

        @Override
        public SectionKind kindOf(Section section, SectionKind parent, SectionVocabulary words) {
            if (section.heading().isBlank()) {
                return null; // a section without heading has the kind its lead gave it
            }
            List<Entry> entries = section.allEntries();
            if (entries.size() < 2) {
                return null; // one link is an announcement, not a list of reading
            }
            int linked = 0;
            long bodyWords = 0;
            for (Entry entry : entries) {
                // an item titled by its lead words mentions a link in its prose ("Ryan will speak
                // at [the conference](…)"): news of the publisher, not a curated link
                boolean curated = entry.link() != null && !entry.title().endsWith("\u2026");
                linked += curated ? 1 : 0;
                bodyWords += entry.wordCount();
            }
            if (linked * 5 < entries.size() * 3) {
                return null; // fewer than three in five are links
            }
            return bodyWords / entries.size() > WRITE_UP_WORDS
                    ? SectionKind.RESEARCH
                    : SectionKind.READING;
        }
    }
}
