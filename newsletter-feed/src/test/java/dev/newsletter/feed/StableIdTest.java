package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.newsletter.Issue;
import dev.newsletter.feed.FeedReading.ReadItem;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Ids and whole documents do not depend on input order, build, or where the archive lives. */
class StableIdTest {

    private static FeedWriter writer(FeedFormat format, FeedGranularity granularity, URI home) {
        return FeedWriter.builder()
                .format(format)
                .title("Lab Notes")
                .homepage(home)
                .granularity(granularity)
                .build();
    }

    private static List<String> ids(List<Issue> issues, FeedGranularity granularity, URI home) {
        return FeedReading.atomItems(writer(FeedFormat.ATOM, granularity, home).write(issues))
                .stream()
                .map(ReadItem::id)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void twoBuildsWithShuffledInputWriteTheSameDocument(FeedFormat format) {
        for (FeedGranularity granularity : FeedGranularity.values()) {
            FeedWriter writer = writer(format, granularity, SampleArchive.HOME);
            String reference = writer.write(SampleArchive.issues());
            qt().withFixedSeed(20261122L)
                    .withExamples(15)
                    .forAll(longs().all())
                    .checkAssert(
                            seed -> {
                                List<Issue> shuffled = new ArrayList<>(SampleArchive.issues());
                                Collections.shuffle(shuffled, new Random(seed));
                                assertThat(writer.write(shuffled)).isEqualTo(reference);
                            });
        }
    }

    @Test
    void idsAreTagUrisOfTheHostAndTheIssueDate() {
        List<String> ids = ids(SampleArchive.issues(), FeedGranularity.ISSUE, SampleArchive.HOME);

        assertThat(ids)
                .doesNotHaveDuplicates()
                .contains(
                        "tag:lab.example.org,2022-02-17:issue",
                        // a month-precision issue is named by its month
                        "tag:lab.example.org,2020-07:issue",
                        // the front-matter id wins
                        "urn:uuid:7d1c7a52-52f4-4f3a-9a3e-2f6c8e1b0d11",
                        // two issues of one day are told apart by their own file names
                        "tag:lab.example.org,2021-03-15:issue/2021-03",
                        "tag:lab.example.org,2021-03-15:issue/2021-03-conference");
    }

    @Test
    void idsSurviveMovingTheArchiveToAnotherPath() {
        URI moved = URI.create("https://lab.example.org/archive/2023/");

        assertThat(ids(SampleArchive.issues(), FeedGranularity.ISSUE, moved))
                .isEqualTo(ids(SampleArchive.issues(), FeedGranularity.ISSUE, SampleArchive.HOME));
        assertThat(ids(SampleArchive.issues(), FeedGranularity.ENTRY, moved))
                .isEqualTo(ids(SampleArchive.issues(), FeedGranularity.ENTRY, SampleArchive.HOME));
    }

    @Test
    void anIssueKeepsItsIdWhenOtherIssuesComeAndGo() {
        List<Issue> all = SampleArchive.issues();
        List<String> everyId = ids(all, FeedGranularity.ISSUE, SampleArchive.HOME);

        List<String> fewer = ids(all.subList(3, 9), FeedGranularity.ISSUE, SampleArchive.HOME);

        assertThat(everyId).containsAll(fewer);
    }

    @Test
    void sameDayIssuesWithoutSourcesAreToldApartByTitle() {
        List<Issue> sameDay =
                SampleArchive.issues().stream()
                        .filter(
                                issue ->
                                        issue.date() != null
                                                && issue.date().toString().equals("2021-03-15"))
                        .map(
                                issue ->
                                        issue.toBuilder()
                                                .source(dev.newsletter.Source.unknown())
                                                .build())
                        .toList();

        assertThat(ids(sameDay, FeedGranularity.ISSUE, SampleArchive.HOME))
                .containsExactlyInAnyOrder(
                        "tag:lab.example.org,2021-03-15:issue/lab-notes-march-2021",
                        "tag:lab.example.org,2021-03-15:issue/lab-notes-special-conference-recap");
    }

    @Test
    void aRecurringEntryAppearsOnceAtItsFirstIssue() {
        List<ReadItem> items =
                FeedReading.atomItems(
                        writer(FeedFormat.ATOM, FeedGranularity.ENTRY, SampleArchive.HOME)
                                .write(SampleArchive.issues()));

        // The livestream link recurs in three issues (once with "www."); it is one item, of July
        // 2020.
        assertThat(items)
                .filteredOn(item -> item.title().startsWith("Fast Forward Live"))
                .singleElement()
                .satisfies(
                        item -> {
                            assertThat(item.link()).isEqualTo(SampleArchive.LIVESTREAM.toString());
                            assertThat(item.id()).startsWith("tag:lab.example.org,2020-07:entry/");
                        });
        // Recommended twice; the first recommendation (June 2020, by Andrew) is the one kept.
        assertThat(items)
                .filteredOn(item -> item.title().equals("Invariant Risk Minimization"))
                .singleElement()
                .satisfies(
                        item -> {
                            assertThat(item.authors()).containsExactly("Andrew");
                            assertThat(item.id())
                                    .startsWith("tag:lab.example.org,2020-06-24:entry/");
                        });
        assertThat(items).extracting(ReadItem::id).doesNotHaveDuplicates();
    }

    @Test
    void anEqualIssueGivenTwiceIsWrittenOnce() {
        List<Issue> twice = new ArrayList<>(SampleArchive.issues());
        twice.addAll(SampleArchive.issues());

        assertThat(ids(twice, FeedGranularity.ISSUE, SampleArchive.HOME))
                .isEqualTo(ids(SampleArchive.issues(), FeedGranularity.ISSUE, SampleArchive.HOME));
    }
}
