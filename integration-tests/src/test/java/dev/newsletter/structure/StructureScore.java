package dev.newsletter.structure;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of a labelled issue's structure the parser found: sections by heading, their kinds,
 * entries by title in the right section, and the addresses and contributors of those entries.
 * Counts only; {@link #plus} sums them over issues.
 *
 * @param sections labelled sections with a heading
 * @param sectionsFound of those, how many the parser has a section for (same heading)
 * @param kindsRight of the sections found, how many have the labelled kind (finer kinds count as
 *     {@code other})
 * @param entries labelled entries
 * @param entriesFound of those, how many the parser has by title in the section labelled
 * @param entriesAnywhere of those, how many the parser has by title in any section
 * @param urls entries found whose label has an address
 * @param urlsRight of those, how many have that address
 * @param contributors entries found whose label credits a contributor
 * @param contributorsRight of those, how many the parser credits to the same name
 * @param parsedEntries entries the parser gave (to see what it invents)
 */
record StructureScore(
        int sections,
        int sectionsFound,
        int kindsRight,
        int entries,
        int entriesFound,
        int entriesAnywhere,
        int urls,
        int urlsRight,
        int contributors,
        int contributorsRight,
        int parsedEntries) {

    static final StructureScore ZERO = new StructureScore(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    StructureScore plus(StructureScore other) {
        return new StructureScore(
                sections + other.sections,
                sectionsFound + other.sectionsFound,
                kindsRight + other.kindsRight,
                entries + other.entries,
                entriesFound + other.entriesFound,
                entriesAnywhere + other.entriesAnywhere,
                urls + other.urls,
                urlsRight + other.urlsRight,
                contributors + other.contributors,
                contributorsRight + other.contributorsRight,
                parsedEntries + other.parsedEntries);
    }

    double entryShare() {
        return share(entriesFound, entries);
    }

    double sectionShare() {
        return share(sectionsFound, sections);
    }

    double kindShare() {
        return share(kindsRight, sectionsFound);
    }

    double urlShare() {
        return share(urlsRight, urls);
    }

    double contributorShare() {
        return share(contributorsRight, contributors);
    }

    /** One row of the table: the shares in percent, with the counts behind them. */
    String row(String name) {
        return String.format(
                Locale.ROOT,
                "| %-20s | %5.1f%% (%d/%d) | %5.1f%% (%d/%d) | %5.1f%% | %5.1f%% (%d/%d) | %5.1f%%"
                        + " (%d/%d) | %d |",
                name,
                100 * entryShare(),
                entriesFound,
                entries,
                100 * sectionShare(),
                sectionsFound,
                sections,
                100 * kindShare(),
                100 * urlShare(),
                urlsRight,
                urls,
                100 * contributorShare(),
                contributorsRight,
                contributors,
                parsedEntries);
    }

    static String header() {
        return "| publisher | entries in the right section | sections | kinds | urls | contributors"
                + " | parsed entries |\n|---|---|---|---|---|---|---|";
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    /** Scores the parser's {@code issue} against the labelled {@code expected}. */
    static StructureScore of(Expectations.Issue expected, Issue issue) {
        List<Parsed> parsed = new ArrayList<>();
        for (Section section : issue.sections()) {
            flatten(section, parsed);
        }
        Scoring scoring = new Scoring(parsed);
        scoring.intro(expected.intro());
        for (Expectations.Section section : expected.sections()) {
            scoring.section(section);
        }
        int parsedEntries = 0;
        for (Parsed section : parsed) {
            parsedEntries += section.entries.size();
        }
        return scoring.score(parsedEntries);
    }

    /** A section the parser gave, flattened, with which of its entries are already matched. */
    private static final class Parsed {
        final String heading;
        final String kind;
        final List<Entry> entries;
        final boolean[] used;
        boolean claimed;

        Parsed(Section section) {
            this.heading = Fingerprint.of(section.heading());
            this.kind = section.kind().id();
            this.entries = section.entries();
            this.used = new boolean[entries.size()];
        }
    }

    private static void flatten(Section section, List<Parsed> out) {
        for (Section each : section.withSubsections()) {
            out.add(new Parsed(each));
        }
    }

    /** The counting, in document order; each parsed section and entry matches once. */
    private static final class Scoring {
        private final List<Parsed> parsed;
        private int sections;
        private int sectionsFound;
        private int kindsRight;
        private int entries;
        private int entriesFound;
        private int entriesAnywhere;
        private int urls;
        private int urlsRight;
        private int contributors;
        private int contributorsRight;

        Scoring(List<Parsed> parsed) {
            this.parsed = parsed;
        }

        void intro(List<Expectations.Entry> intro) {
            Parsed headless = null;
            for (Parsed section : parsed) {
                if (section.heading == null && !section.claimed) {
                    headless = section;
                    break;
                }
            }
            for (Expectations.Entry entry : intro) {
                entry(entry, headless);
            }
        }

        void section(Expectations.Section expected) {
            Parsed match = null;
            for (Parsed section : parsed) {
                if (!section.claimed
                        && (expected.heading() == null
                                ? section.heading == null
                                : expected.heading().equals(section.heading))) {
                    match = section;
                    break;
                }
            }
            if (match != null) {
                match.claimed = true;
            }
            if (expected.heading() != null) {
                sections++;
                if (match != null) {
                    sectionsFound++;
                    if (broad(expected.kind()).equals(broad(match.kind))) {
                        kindsRight++;
                    }
                }
            }
            for (Expectations.Entry entry : expected.entries()) {
                entry(entry, match);
            }
            for (Expectations.Section sub : expected.sections()) {
                section(sub);
            }
        }

        private void entry(Expectations.Entry expected, Parsed home) {
            entries++;
            Entry found = home == null ? null : take(home, expected);
            boolean inHome = found != null;
            for (int i = 0; found == null && i < parsed.size(); i++) {
                found = take(parsed.get(i), expected);
            }
            if (found == null) {
                return;
            }
            entriesAnywhere++;
            if (!inHome) {
                return;
            }
            entriesFound++;
            if (expected.url() != null) {
                urls++;
                if (found.link() != null
                        && expected.url().equals(Fingerprint.ofUrl(found.link().toString()))) {
                    urlsRight++;
                }
            }
            if (expected.contributor() != null) {
                contributors++;
                if (found.contributor() != null
                        && expected.contributor()
                                .equals(Fingerprint.of(found.contributor().name()))) {
                    contributorsRight++;
                }
            }
        }

        /** The first unmatched entry of {@code section} that {@code expected} names, marked. */
        private static Entry take(Parsed section, Expectations.Entry expected) {
            for (int i = 0; i < section.entries.size(); i++) {
                if (!section.used[i] && matches(expected, section.entries.get(i))) {
                    section.used[i] = true;
                    return section.entries.get(i);
                }
            }
            return null;
        }

        private static boolean matches(Expectations.Entry expected, Entry entry) {
            if (expected.title() == null) { // an untitled item (a picture): known by its address
                return expected.url() != null
                        && entry.link() != null
                        && expected.url().equals(Fingerprint.ofUrl(entry.link().toString()));
            }
            if (expected.title().equals(Fingerprint.of(entry.title()))) {
                return true;
            }
            return expected.leadTitle() && expected.lead().equals(Fingerprint.lead(entry.title()));
        }

        private static String broad(String kind) {
            return switch (kind) {
                case "reading", "research", "prototypes", "livestreams" -> kind;
                default -> "other";
            };
        }

        StructureScore score(int parsedEntries) {
            return new StructureScore(
                    sections,
                    sectionsFound,
                    kindsRight,
                    entries,
                    entriesFound,
                    entriesAnywhere,
                    urls,
                    urlsRight,
                    contributors,
                    contributorsRight,
                    parsedEntries);
        }
    }
}
