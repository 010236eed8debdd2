package dev.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionVocabularyTest {

    private final SectionVocabulary vocabulary = SectionVocabulary.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      New research! Deep Metric Learning: Signatures | RESEARCH    | New research!                      | Deep Metric Learning: Signatures
      New research: Few-shot text classification    | RESEARCH    | New research:                      | Few-shot text classification
      New (old) research! Session-based recommenders | RESEARCH    | New (old) research!                | Session-based recommenders
      Research Preview                               | RESEARCH    | Research Preview                   | ''
      New research release!                          | RESEARCH    | New research release!              | ''
      New research is now available!                 | RESEARCH    | New research is now available!     | ''
      Recommended Reading - and Cloudera Now         | READING     | Recommended Reading -              | and Cloudera Now
      Research from The Vault                        | RESEARCH    | Research from The Vault            | ''
      New Applied ML Prototypes (AMPs)!              | PROTOTYPES  | New Applied ML Prototypes (AMPs)!  | ''
      Fast Forward Live!                             | LIVESTREAMS | Fast Forward Live!                 | ''
      Recommended reading                            | READING     | Recommended reading                | ''
      Recommended Reading/Viewing                    | READING     | Recommended Reading/Viewing        | ''
      FFL Is Reading                                 | READING     | FFL Is Reading                     | ''
      Crate of the Week                              | OTHER       | ''                                 | Crate of the Week
      Research from the lab on the long tail of text | OTHER       | ''                                 | Research from the lab on the long tail of text
      """)
    void readsLabelsAsAReaderWould(String heading, SectionKind kind, String label, String title) {
        SectionLabel match = vocabulary.match(heading);
        assertThat(match.kind()).isEqualTo(kind);
        assertThat(match.label()).isEqualTo(label);
        assertThat(match.title()).isEqualTo(title);
    }

    @Test
    void aOneWordAliasNeedsPunctuationOrTheEnd() {
        assertThat(vocabulary.match("Research: signatures").title()).isEqualTo("signatures");
        assertThat(vocabulary.match("Research").kind()).isEqualTo(SectionKind.RESEARCH);
    }

    @Test
    void isExtendable() {
        SectionVocabulary extended =
                vocabulary.toBuilder().alias("Worth your time", SectionKind.READING).build();
        assertThat(extended.match("Worth your time: five links"))
                .isEqualTo(new SectionLabel(SectionKind.READING, "Worth your time:", "five links"));
        assertThat(vocabulary.kindOf("Worth your time: five links")).isEqualTo(SectionKind.OTHER);
        SectionVocabulary noReading =
                vocabulary.toBuilder().removeKind(SectionKind.READING).build();
        assertThat(noReading.kindOf("Recommended reading")).isEqualTo(SectionKind.OTHER);
    }
}
