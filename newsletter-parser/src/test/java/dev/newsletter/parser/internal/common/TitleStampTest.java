package dev.newsletter.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleStampTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tb/tide-gauge (Tue Mar 4 09:12:44 2025 +0100) 3 commits | tb/tide-gauge"
                        + " | (Tue Mar 4 09:12:44 2025 +0100) 3 commits",
                "Parser rewrite (2024-05-03) | Parser rewrite | (2024-05-03)",
                "Harbour meetup (May 3, 2024) | Harbour meetup | (May 3, 2024)",
                "Harbour meetup (3rd May) | Harbour meetup | (3rd May)",
                "Office hours (Thursday) | Office hours | (Thursday)",
                "Nightly build (18:30 UTC) | Nightly build | (18:30 UTC)",
            })
    void aNameBeforeADayStampIsTheTitle(String line, String title, String rest) {
        TitleStamp stamp = TitleStamp.of(line);
        assertThat(stamp).isNotNull();
        assertThat(stamp.title()).isEqualTo(title);
        assertThat(stamp.rest()).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Release notes (May 2024)", // a month, no day: part of the title
                "Attention Is All You Need (2017)",
                "(Mon Nov 5 2007) a stamp with no name before it",
                "We met (Monday 3 May) to plan the release and to sort the open reviews",
                "Tide tables (see the Sat Nov 3 post (archived)) for more",
                "A name without any stamp",
                "Bridge works (three of them)",
            })
    void otherParenthesesStayInTheTitle(String line) {
        assertThat(TitleStamp.of(line)).isNull();
    }
}
