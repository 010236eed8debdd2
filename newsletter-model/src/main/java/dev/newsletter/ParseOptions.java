package dev.newsletter;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How to parse: strict or lenient, the section vocabulary, defaults for what a source may not say,
 * and limits. Immutable and thread-safe; build once and share.
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.builder()
 *     .strict(true)
 *     .defaultPublication(Publication.of("Fast Forward"))
 *     .zone(ZoneId.of("America/New_York"))
 *     .build();
 * }</pre>
 */
public final class ParseOptions {

    /** Calls to action that newsletters set as links but readers do not take for items. */
    public static final List<String> DEFAULT_BOILERPLATE_PHRASES =
            List.of(
                    "submit your suggestions",
                    "please submit",
                    "submit a",
                    "subscribe",
                    "unsubscribe",
                    "view in browser",
                    "view this email",
                    "share this",
                    "follow us",
                    "forward this",
                    "update your preferences");

    /** The credit phrases readers of newsletters meet most. */
    public static final List<String> DEFAULT_CREDIT_PHRASES =
            List.of(
                    "section written by",
                    "this section was written by",
                    "written by",
                    "curated by",
                    "compiled by",
                    "contributed by",
                    "thanks to");

    /** The default limit on the size of one input: 32 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 32L * 1024 * 1024;

    private static final ParseOptions DEFAULTS = builder().build();

    private final boolean strict;
    private final SectionVocabulary vocabulary;
    private final Publication defaultPublication;
    private final URI baseUri;
    private final long maxInputBytes;
    private final ZoneId zone;
    private final Map<String, String> siteVariables;
    private final List<String> creditPhrases;
    private final List<String> boilerplatePhrases;

    private ParseOptions(Builder builder) {
        this.strict = builder.strict;
        this.vocabulary = builder.vocabulary;
        this.defaultPublication = builder.defaultPublication;
        this.baseUri = builder.baseUri;
        this.maxInputBytes = builder.maxInputBytes;
        this.zone = builder.zone;
        this.siteVariables = Map.copyOf(builder.siteVariables);
        this.creditPhrases = List.copyOf(builder.creditPhrases);
        this.boilerplatePhrases = List.copyOf(builder.boilerplatePhrases);
    }

    /** Lenient parsing with the default vocabulary, UTC and a 32 MiB input limit. */
    public static ParseOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        return new Builder()
                .strict(strict)
                .vocabulary(vocabulary)
                .defaultPublication(defaultPublication)
                .baseUri(baseUri)
                .maxInputBytes(maxInputBytes)
                .zone(zone)
                .siteVariables(siteVariables)
                .creditPhrases(creditPhrases)
                .boilerplatePhrases(boilerplatePhrases);
    }

    /**
     * Whether warnings fail the parse (default: false, warnings are reported and parsing goes on).
     */
    public boolean strict() {
        return strict;
    }

    /** The words that set section kinds. */
    public SectionVocabulary vocabulary() {
        return vocabulary;
    }

    /** The publication of issues whose source names none (default: unknown). */
    public Publication defaultPublication() {
        return defaultPublication;
    }

    /** The URI that relative links of the source are relative to, or {@code null}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The largest input read, in bytes. */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** The time zone of dates and times that name none (default: UTC). */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Values of template variables the source leaves to its site, such as Jekyll's {@code {{
     * site.github.url }}}: keys without the {@code site.} prefix ({@code github.url}, {@code
     * baseurl}). They win over the site's {@code _config.yml}. Empty by default.
     */
    public Map<String, String> siteVariables() {
        return siteVariables;
    }

    /**
     * The phrases that credit a section's or an item's writer when a line opens with them, as
     * {@code (Section written by [@alice](…))} does; compared without case or brackets. Default:
     * {@link #DEFAULT_CREDIT_PHRASES}.
     */
    public List<String> creditPhrases() {
        return creditPhrases;
    }

    /**
     * The phrases that, opening an item's title, mark it as a call to action rather than an item
     * ("Submit your suggestions and votes for next week"): such a link stays text of its section.
     * Compared without case. Default: {@link #DEFAULT_BOILERPLATE_PHRASES}.
     */
    public List<String> boilerplatePhrases() {
        return boilerplatePhrases;
    }

    @Override
    public String toString() {
        return "ParseOptions[strict="
                + strict
                + ", vocabulary="
                + vocabulary
                + ", defaultPublication="
                + defaultPublication
                + ", baseUri="
                + baseUri
                + ", maxInputBytes="
                + maxInputBytes
                + ", zone="
                + zone
                + ", siteVariables="
                + siteVariables
                + ", creditPhrases="
                + creditPhrases
                + ", boilerplatePhrases="
                + boilerplatePhrases
                + "]";
    }

    /** Builds {@link ParseOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean strict;
        private SectionVocabulary vocabulary = SectionVocabulary.defaults();
        private Publication defaultPublication = Publication.unknown();
        private URI baseUri;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private ZoneId zone = ZoneOffset.UTC;
        private Map<String, String> siteVariables = Map.of();
        private List<String> creditPhrases = DEFAULT_CREDIT_PHRASES;
        private List<String> boilerplatePhrases = DEFAULT_BOILERPLATE_PHRASES;

        private Builder() {}

        /**
         * The phrases that credit a section's or an item's writer (see {@link
         * ParseOptions#creditPhrases()}); an empty list turns the rule off.
         */
        public Builder creditPhrases(Collection<String> phrases) {
            this.creditPhrases = folded(phrases, "a credit phrase");
            return this;
        }

        /**
         * The phrases that mark a call to action (see {@link ParseOptions#boilerplatePhrases()});
         * an empty list turns the rule off.
         */
        public Builder boilerplatePhrases(Collection<String> phrases) {
            this.boilerplatePhrases = folded(phrases, "a boilerplate phrase");
            return this;
        }

        private static List<String> folded(Collection<String> phrases, String what) {
            List<String> copy = new ArrayList<>();
            for (String phrase : Objects.requireNonNull(phrases, "phrases")) {
                String folded =
                        Objects.requireNonNull(phrase, "phrase").strip().toLowerCase(Locale.ROOT);
                if (folded.isEmpty()) {
                    throw new IllegalArgumentException(what + " needs a word");
                }
                copy.add(folded);
            }
            return List.copyOf(copy);
        }

        /** Whether warnings fail the parse. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The section vocabulary. */
        public Builder vocabulary(SectionVocabulary vocabulary) {
            this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
            return this;
        }

        /** The publication of issues whose source names none. */
        public Builder defaultPublication(Publication publication) {
            this.defaultPublication = Objects.requireNonNull(publication, "publication");
            return this;
        }

        /**
         * The base of relative links, or {@code null}.
         *
         * @throws IllegalArgumentException if not absolute
         */
        public Builder baseUri(URI baseUri) {
            if (baseUri != null && !baseUri.isAbsolute()) {
                throw new IllegalArgumentException("the base URI must be absolute: " + baseUri);
            }
            this.baseUri = baseUri;
            return this;
        }

        /**
         * The largest input read, in bytes.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxInputBytes(long maxInputBytes) {
            if (maxInputBytes <= 0) {
                throw new IllegalArgumentException(
                        "maxInputBytes must be positive, was " + maxInputBytes);
            }
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /** The time zone of dates and times that name none. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The site's template variables, replacing any set before; keys may be given with or
         * without the {@code site.} prefix.
         *
         * @throws NullPointerException if the map, a key or a value is null
         * @throws IllegalArgumentException if a key is blank
         */
        public Builder siteVariables(Map<String, String> variables) {
            Map<String, String> copy = new LinkedHashMap<>();
            Objects.requireNonNull(variables, "variables")
                    .forEach(
                            (key, value) -> {
                                Objects.requireNonNull(key, "key");
                                Objects.requireNonNull(value, "value");
                                String name = key.strip();
                                if (name.startsWith("site.")) {
                                    name = name.substring("site.".length());
                                }
                                if (name.isEmpty()) {
                                    throw new IllegalArgumentException(
                                            "a site variable needs a name: '" + key + "'");
                                }
                                copy.put(name, value);
                            });
            this.siteVariables = copy;
            return this;
        }

        /** The options. */
        public ParseOptions build() {
            return new ParseOptions(this);
        }
    }
}
