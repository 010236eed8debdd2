package dev.newsletter.feed.internal;

import dev.newsletter.DatePrecision;
import dev.newsletter.Issue;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * Ids that survive rebuilding, reordering and moving an archive: RFC 4151 {@code tag:} URIs made of
 * the home page's host, the issue's date (with its precision) and a name that depends only on the
 * issue itself. A front-matter {@code id} wins over all of that.
 *
 * <p>Immutable and thread-safe.
 */
public final class StableIds {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String authority;

    /**
     * Ids under the host of {@code homepage}.
     *
     * @throws IllegalArgumentException if {@code homepage} has no host
     */
    public StableIds(URI homepage) {
        String host = homepage.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException(
                    "the home page needs a host name for feed ids: " + homepage);
        }
        this.authority = host.toLowerCase(Locale.ROOT);
    }

    /**
     * The day an issue belongs to in a feed: its date, else the UTC day it was published, else
     * null.
     */
    public static LocalDate feedDate(Issue issue) {
        if (issue.date() != null) {
            return issue.date();
        }
        return issue.published() == null
                ? null
                : LocalDate.ofInstant(issue.published(), ZoneOffset.UTC);
    }

    /** The tag date of a dated issue: {@code 2022-02} for a month, {@code 2022-02-17} for a day. */
    public static String tagDate(Issue issue) {
        LocalDate date =
                Objects.requireNonNull(feedDate(issue), "an undated issue has no tag date");
        if (issue.date() != null && issue.datePrecision() == DatePrecision.MONTH) {
            return String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
        }
        return date.toString();
    }

    /**
     * The front-matter id of {@code issue} as an absolute URI, or {@code null} when it has none. An
     * {@code id} that is not an absolute URI becomes the specific part of a {@code tag:} URI.
     */
    public String declaredId(Issue issue) {
        Object value = issue.metadata().get("id").orElse(null);
        if (!(value instanceof String) && !(value instanceof Long)) {
            return null;
        }
        String text = XmlCharacters.clean(value.toString()).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute()) {
                return uri.toASCIIString();
            }
        } catch (URISyntaxException e) {
            // not a URI: made into the name of a tag URI below
        }
        return "tag:" + authority + "," + tagDate(issue) + ":" + slug(text);
    }

    /**
     * The id of a dated issue; {@code disambiguator} (or {@code null}) tells apart issues of one
     * date.
     */
    public String issueId(Issue issue, String disambiguator) {
        String base = "tag:" + authority + "," + tagDate(issue) + ":issue";
        return disambiguator == null ? base : base + "/" + disambiguator;
    }

    /** The id of an entry first seen in {@code firstIssue}, named by its identity {@code key}. */
    public String entryId(Issue firstIssue, String key) {
        return "tag:" + authority + "," + tagDate(firstIssue) + ":entry/" + hash(key, 16);
    }

    /** The id of the feed: stable for an archive that only grows. */
    public String feedId(LocalDate oldest, String name) {
        int year = oldest == null ? 1970 : oldest.getYear();
        return "tag:" + authority + "," + year + ":" + name;
    }

    /**
     * The name of an issue among others of its date: its source file's name, else its title or
     * edition, in lower-case letters, digits and dashes; never empty.
     */
    public static String issueName(Issue issue) {
        String location = issue.source().location();
        if (location != null) {
            String name = slug(stem(location));
            if (!name.equals("x")) {
                return name;
            }
        }
        if (!issue.title().isBlank()) {
            return slug(issue.title());
        }
        return issue.edition() == null ? "issue" : slug(issue.edition());
    }

    /**
     * Lower-case ASCII letters and digits of {@code text}, other runs as one dash; "x" when none.
     */
    public static String slug(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 64));
        boolean dash = false;
        for (int i = 0; i < text.length() && out.length() < 64; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.length() == 0 ? "x" : out.toString();
    }

    /** The first {@code hexDigits} hex digits of the SHA-256 of {@code text}. */
    public static String hash(String text, int hexDigits) {
        byte[] digest;
        try {
            digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        StringBuilder out = new StringBuilder(hexDigits);
        for (int i = 0; out.length() < hexDigits && i < digest.length; i++) {
            out.append(HEX[(digest[i] >> 4) & 0xf]).append(HEX[digest[i] & 0xf]);
        }
        return out.substring(0, Math.min(hexDigits, out.length()));
    }

    private static String stem(String location) {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        String name = location.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.substring(dot + 1).chars().allMatch(Character::isLetterOrDigit)) {
            return name.substring(0, dot);
        }
        return name;
    }
}
