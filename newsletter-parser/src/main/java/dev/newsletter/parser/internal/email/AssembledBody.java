package dev.newsletter.parser.internal.email;

import dev.newsletter.DatePrecision;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.content.Block;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the structure rules found in one body.
 *
 * @param intro the content before the first section
 * @param sections the sections
 * @param edition the edition line ("February 2022"), or {@code null}
 * @param editionDate the date the edition line names, or {@code null}
 * @param editionPrecision the precision of {@code editionDate}
 * @param tagline the preheader tagline, or {@code null}
 * @param title a title the body states (a lone top heading, a digest's name), or {@code null}
 * @param publicationName the publication the body names (a masthead, a digest's list), or {@code
 *     null}
 * @param authors who signed the issue off ("- Sam" closing the body)
 * @param latestMessage the latest date of the messages of a digest, or {@code null}
 * @param metadata what the body adds to the metadata (the web copy, a digest's messages)
 */
record AssembledBody(
        List<Block> intro,
        List<Section> sections,
        String edition,
        LocalDate editionDate,
        DatePrecision editionPrecision,
        String tagline,
        String title,
        String publicationName,
        List<Person> authors,
        OffsetDateTime latestMessage,
        Map<String, Object> metadata) {}
