package dev.newsletter.examples.recipes;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.SectionKind;
import java.io.IOException;
import java.nio.file.Path;

/** Prints every recommended read of an archive with who recommended it, oldest issue first. */
public final class ReadingList {

    private ReadingList() {}

    /** Takes the archive folder (or mbox) as its only argument. */
    public static void main(String[] args) throws IOException {
        for (Issue issue : Issue.parseAll(Path.of(args[0]))) {
            for (Entry read : issue.entries(SectionKind.READING)) {
                String by =
                        read.contributor() == null ? "" : " (" + read.contributor().name() + ")";
                System.out.println(issue.edition() + ": " + read.title() + by);
            }
        }
    }
}
