package dev.newsletter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The words that tell what a section is about, shared by every parser.
 *
 * <p>A heading is read as a label and a title, the way a reader does:
 *
 * <ol>
 *   <li>an <b>alias</b> — a phrase such as "recommended reading" or "new research" — that starts
 *       the heading sets the kind; the rest of the heading, after any parenthesis ("(AMPs)"),
 *       alternative ("/Viewing") and punctuation ("!", ":"), is the title. Punctuation, case and
 *       spacing do not matter: "New (old) research!" matches the alias "new old research". Words
 *       that run on after the alias up to the label's own "!" or ":" belong to the label: "New
 *       research release!" has no title. A one-word alias must stand alone or be followed by
 *       punctuation ("Research: ..."), so "Research from the lab" is not read as the label
 *       "Research";
 *   <li>else a short label (at most {@link Builder#maxLabelWords(int) maxLabelWords} words) before
 *       the first "!", ":", " – " or " | ", or a short heading as a whole, that holds a
 *       <b>keyword</b> ("reading", "livestream", ...) sets the kind: "FFL Is Reading" is a reading
 *       list, "Research from The Vault" is research;
 *   <li>else the section is {@link SectionKind#OTHER} and the whole heading is its title.
 * </ol>
 *
 * <p>Besides labels, a vocabulary holds <b>topics</b>: phrases that, anywhere in a short heading,
 * name what the section is about without splitting the heading ("Upcoming Events" is {@link
 * SectionKind#EVENTS}); see {@link #topicOf(String)}. The parsers ask topics after labels.
 *
 * <pre>{@code
 * SectionVocabulary vocabulary = SectionVocabulary.defaults().toBuilder()
 *     .alias("worth your time", SectionKind.READING)
 *     .build();
 * vocabulary.match("Worth your time: five links").kind(); // READING
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SectionVocabulary {

    private static final SectionVocabulary DEFAULTS =
            builder()
                    .alias("new research", SectionKind.RESEARCH)
                    .alias("new old research", SectionKind.RESEARCH)
                    .alias("research preview", SectionKind.RESEARCH)
                    .alias("research from the vault", SectionKind.RESEARCH)
                    .alias("research", SectionKind.RESEARCH)
                    .alias("new applied ml prototypes", SectionKind.PROTOTYPES)
                    .alias("applied ml prototypes", SectionKind.PROTOTYPES)
                    .alias("new prototypes", SectionKind.PROTOTYPES)
                    .alias("prototypes", SectionKind.PROTOTYPES)
                    .alias("fast forward live", SectionKind.LIVESTREAMS)
                    .alias("livestreams", SectionKind.LIVESTREAMS)
                    .alias("livestream", SectionKind.LIVESTREAMS)
                    .alias("webinars", SectionKind.LIVESTREAMS)
                    .alias("recommended reading", SectionKind.READING)
                    .alias("recommended reads", SectionKind.READING)
                    .alias("reading list", SectionKind.READING)
                    .alias("further reading", SectionKind.READING)
                    .alias("what we re reading", SectionKind.READING)
                    .keyword("research", SectionKind.RESEARCH)
                    .keyword("prototype", SectionKind.PROTOTYPES)
                    .keyword("prototypes", SectionKind.PROTOTYPES)
                    .keyword("livestream", SectionKind.LIVESTREAMS)
                    .keyword("livestreams", SectionKind.LIVESTREAMS)
                    .keyword("webinar", SectionKind.LIVESTREAMS)
                    .keyword("webinars", SectionKind.LIVESTREAMS)
                    .keyword("live", SectionKind.LIVESTREAMS)
                    .keyword("reading", SectionKind.READING)
                    .keyword("reads", SectionKind.READING)
                    .topic("interview", SectionKind.RESEARCH)
                    .topic("spotlight", SectionKind.RESEARCH)
                    .topic("project updates", SectionKind.RESEARCH)
                    .topic("our projects", SectionKind.RESEARCH)
                    .topic("on the blog", SectionKind.RESEARCH)
                    .topic("from the blog", SectionKind.RESEARCH)
                    .topic("articles", SectionKind.READING)
                    .topic("news", SectionKind.READING)
                    .topic("links", SectionKind.READING)
                    .topic("blog posts", SectionKind.READING)
                    .topic("papers", SectionKind.READING)
                    .topic("videos", SectionKind.READING)
                    .topic("podcasts", SectionKind.READING)
                    .topic("talks", SectionKind.READING)
                    .topic("events", SectionKind.EVENTS)
                    .topic("meetups", SectionKind.EVENTS)
                    .topic("conferences", SectionKind.EVENTS)
                    .topic("jobs", SectionKind.JOBS)
                    .topic("hiring", SectionKind.JOBS)
                    .topic("careers", SectionKind.JOBS)
                    .topic("job", SectionKind.JOBS)
                    .topic("releases", SectionKind.RELEASES)
                    .topic("release", SectionKind.RELEASES)
                    .topic("sponsor", SectionKind.SPONSORS)
                    .topic("sponsors", SectionKind.SPONSORS)
                    .topic("sponsored", SectionKind.SPONSORS)
                    .topic("support the newsletter", SectionKind.SPONSORS)
                    .topic("rfcs", SectionKind.CHANGES)
                    .topic("pull requests", SectionKind.CHANGES)
                    .topic("changelog", SectionKind.CHANGES)
                    .topic("breaking changes", SectionKind.CHANGES)
                    .topic("final comment period", SectionKind.CHANGES)
                    .topic("tracking issues", SectionKind.CHANGES)
                    .topic("call for participation", SectionKind.OTHER)
                    .topic("call for testing", SectionKind.OTHER)
                    .topic("of the week", SectionKind.OTHER)
                    .topic("credits", SectionKind.OTHER)
                    .topic("contributors", SectionKind.OTHER)
                    .topic("meetings", SectionKind.OTHER)
                    .topic("join us", SectionKind.OTHER)
                    .topic("fun", SectionKind.OTHER)
                    .topic("feedback", SectionKind.OTHER)
                    .topic("contact", SectionKind.OTHER)
                    .build();

    /** The longest heading, in words, whose topic {@link #topicOf} reads. */
    public static final int MAX_TOPIC_HEADING_WORDS = 8;

    private static final String LABEL_PUNCTUATION = "!:?.,;|–—-";

    private final Map<List<String>, SectionKind> aliases;
    private final Map<String, SectionKind> keywords;
    private final Map<List<String>, SectionKind> topics;
    private final int maxLabelWords;

    private SectionVocabulary(Builder builder) {
        this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(builder.aliases));
        this.keywords = Collections.unmodifiableMap(new LinkedHashMap<>(builder.keywords));
        this.topics = Collections.unmodifiableMap(new LinkedHashMap<>(builder.topics));
        this.maxLabelWords = builder.maxLabelWords;
    }

    /** The default vocabulary: the labels newsletters commonly use, in English. */
    public static SectionVocabulary defaults() {
        return DEFAULTS;
    }

    /** An empty builder: every heading is {@link SectionKind#OTHER} until aliases are added. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this vocabulary's words, to extend it. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.aliases.putAll(aliases);
        builder.keywords.putAll(keywords);
        builder.topics.putAll(topics);
        builder.maxLabelWords = maxLabelWords;
        return builder;
    }

    /**
     * Reads a heading as label and title.
     *
     * @param heading the heading's text, without markup
     * @return the kind, label and title; never null
     */
    public SectionLabel match(String heading) {
        Objects.requireNonNull(heading, "heading");
        String text = heading.strip();
        List<Token> tokens = tokenize(text);
        SectionLabel byAlias = matchAlias(text, tokens);
        if (byAlias != null) {
            return byAlias;
        }
        SectionLabel byKeyword = matchKeyword(text, tokens);
        if (byKeyword != null) {
            return byKeyword;
        }
        return new SectionLabel(SectionKind.OTHER, "", text);
    }

    /**
     * The kind a heading's topic names, or null: a {@linkplain Builder#topic topic} phrase found
     * anywhere in a heading of at most {@value #MAX_TOPIC_HEADING_WORDS} words ("Upcoming Events"
     * is {@link SectionKind#EVENTS}, "Rust Jobs" {@link SectionKind#JOBS}). Unlike a label, a topic
     * does not split the heading: the whole heading stays the title. The longest phrase wins; among
     * equals, the last in the heading ("News about releases" is about releases).
     */
    public SectionKind topicOf(String heading) {
        Objects.requireNonNull(heading, "heading");
        List<Token> tokens = tokenize(heading);
        if (tokens.isEmpty() || tokens.size() > MAX_TOPIC_HEADING_WORDS || topics.isEmpty()) {
            return null;
        }
        int longest = 0;
        for (List<String> topic : topics.keySet()) {
            longest = Math.max(longest, topic.size());
        }
        for (int length = Math.min(longest, tokens.size()); length > 0; length--) {
            for (int start = tokens.size() - length; start >= 0; start--) {
                List<String> words = new ArrayList<>(length);
                for (int i = start; i < start + length; i++) {
                    words.add(tokens.get(i).word);
                }
                SectionKind kind = topics.get(words);
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** The kind a heading names; {@link SectionKind#OTHER} when none. */
    public SectionKind kindOf(String heading) {
        return match(heading).kind();
    }

    private SectionLabel matchAlias(String text, List<Token> tokens) {
        for (int length = Math.min(tokens.size(), longestAlias()); length > 0; length--) {
            SectionKind kind = aliases.get(words(tokens, length));
            if (kind == null) {
                continue;
            }
            int end = extendLabel(text, tokens.get(length - 1).end);
            boolean standsAlone = end == text.length() || end > tokens.get(length - 1).end;
            if (length == 1 && !standsAlone && !isLabelEnd(text, tokens.get(0).end)) {
                continue;
            }
            if (end == tokens.get(length - 1).end && end < text.length()) {
                // "New research release!": words run on after the alias up to the label's own "!"
                // or
                // ":", so they belong to the label, not to the title.
                int labelBreak = firstLabelBreak(text);
                if (labelBreak < text.length()
                        && countTokensBefore(tokens, labelBreak) <= maxLabelWords) {
                    end = extendLabel(text, labelBreak);
                }
            }
            return new SectionLabel(
                    kind, text.substring(0, end).strip(), text.substring(end).strip());
        }
        return null;
    }

    private static int countTokensBefore(List<Token> tokens, int index) {
        int count = 0;
        for (Token token : tokens) {
            if (token.start < index) {
                count++;
            }
        }
        return count;
    }

    private SectionLabel matchKeyword(String text, List<Token> tokens) {
        int labelEnd = firstLabelBreak(text);
        List<Token> labelTokens = new ArrayList<>();
        for (Token token : tokens) {
            if (token.start < labelEnd) {
                labelTokens.add(token);
            }
        }
        if (labelTokens.isEmpty() || labelTokens.size() > maxLabelWords) {
            return null;
        }
        for (Token token : labelTokens) {
            SectionKind kind = keywords.get(token.word);
            if (kind != null) {
                int end = labelEnd == text.length() ? labelEnd : extendLabel(text, labelEnd);
                return new SectionLabel(
                        kind, text.substring(0, end).strip(), text.substring(end).strip());
            }
        }
        return null;
    }

    /** Where the label of a heading ends: the first "!", ":", spaced dash or bar, else the end. */
    private static int firstLabelBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' || c == ':' || c == '|') {
                return i;
            }
            if ((c == '–' || c == '—' || c == '-')
                    && i > 0
                    && text.charAt(i - 1) == ' '
                    && i + 1 < text.length()
                    && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isLabelEnd(String text, int index) {
        return index >= text.length() || LABEL_PUNCTUATION.indexOf(text.charAt(index)) >= 0;
    }

    /**
     * Extends a label over what still belongs to it: "/Viewing" alternatives, a parenthesis such as
     * "(AMPs)", and trailing punctuation and spaces.
     */
    private static int extendLabel(String text, int end) {
        int i = end;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/') {
                int j = i + 1;
                while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                i = j;
            } else if (c == '(') {
                int close = text.indexOf(')', i);
                if (close < 0 || !isLabelEnd(text, skipSpaces(text, close + 1))) {
                    break;
                }
                i = close + 1;
            } else if (Character.isWhitespace(c) || LABEL_PUNCTUATION.indexOf(c) >= 0) {
                i++;
            } else {
                break;
            }
        }
        // Trailing spaces belong to neither part; keep the label's own end tidy.
        while (i > end && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int skipSpaces(String text, int index) {
        int i = index;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private int longestAlias() {
        int longest = 0;
        for (List<String> alias : aliases.keySet()) {
            longest = Math.max(longest, alias.size());
        }
        return longest;
    }

    private static List<String> words(List<Token> tokens, int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(tokens.get(i).word);
        }
        return words;
    }

    private static List<String> normalize(String phrase) {
        List<String> words = new ArrayList<>();
        for (Token token : tokenize(phrase)) {
            words.add(token.word);
        }
        return List.copyOf(words);
    }

    /** Runs of letters and digits, lower-cased, with their place in the text. */
    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
            } else {
                i++;
            }
        }
        return tokens;
    }

    private record Token(String word, int start, int end) {}

    @Override
    public boolean equals(Object other) {
        return other instanceof SectionVocabulary that
                && aliases.equals(that.aliases)
                && keywords.equals(that.keywords)
                && topics.equals(that.topics)
                && maxLabelWords == that.maxLabelWords;
    }

    @Override
    public int hashCode() {
        return Objects.hash(aliases, keywords, topics, maxLabelWords);
    }

    @Override
    public String toString() {
        return "SectionVocabulary[aliases="
                + aliases.size()
                + ", keywords="
                + keywords.size()
                + ", topics="
                + topics.size()
                + "]";
    }

    /** Builds a {@link SectionVocabulary}. Not thread-safe. */
    public static final class Builder {
        private final Map<List<String>, SectionKind> aliases = new LinkedHashMap<>();
        private final Map<String, SectionKind> keywords = new LinkedHashMap<>();
        private final Map<List<String>, SectionKind> topics = new LinkedHashMap<>();
        private int maxLabelWords = 5;

        private Builder() {}

        /**
         * Adds (or replaces) a phrase that, starting a heading, sets its kind.
         *
         * @throws IllegalArgumentException if the phrase has no letter or digit
         */
        public Builder alias(String phrase, SectionKind kind) {
            aliases.put(phraseWords(phrase, "an alias"), Objects.requireNonNull(kind, "kind"));
            return this;
        }

        private static List<String> phraseWords(String phrase, String what) {
            List<String> words = normalize(Objects.requireNonNull(phrase, "phrase"));
            if (words.isEmpty()) {
                throw new IllegalArgumentException(what + " needs a word: '" + phrase + "'");
            }
            return words;
        }

        /**
         * Adds (or replaces) a word that, found in a short label, sets its kind.
         *
         * @throws IllegalArgumentException if the keyword is not one word
         */
        public Builder keyword(String word, SectionKind kind) {
            Objects.requireNonNull(kind, "kind");
            List<String> words = normalize(Objects.requireNonNull(word, "word"));
            if (words.size() != 1) {
                throw new IllegalArgumentException("a keyword is one word: '" + word + "'");
            }
            keywords.put(words.get(0), kind);
            return this;
        }

        /**
         * Adds (or replaces) a phrase that, anywhere in a short heading, names what the section is
         * about without being a label: "events" makes "Upcoming Events" {@link SectionKind#EVENTS}.
         * A topic of kind {@link SectionKind#OTHER} says the section is none of the others,
         * whatever it holds ("Quote of the week" with one link is not a reading list).
         *
         * @throws IllegalArgumentException if the phrase has no letter or digit
         */
        public Builder topic(String phrase, SectionKind kind) {
            topics.put(phraseWords(phrase, "a topic"), Objects.requireNonNull(kind, "kind"));
            return this;
        }

        /** Removes every alias, keyword and topic of the given kind. */
        public Builder removeKind(SectionKind kind) {
            aliases.values().removeIf(kind::equals);
            keywords.values().removeIf(kind::equals);
            topics.values().removeIf(kind::equals);
            return this;
        }

        /**
         * The longest label, in words, that keywords are looked for in (default 5).
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxLabelWords(int maxLabelWords) {
            if (maxLabelWords <= 0) {
                throw new IllegalArgumentException(
                        "maxLabelWords must be positive, was " + maxLabelWords);
            }
            this.maxLabelWords = maxLabelWords;
            return this;
        }

        /** The vocabulary. */
        public SectionVocabulary build() {
            return new SectionVocabulary(this);
        }
    }
}
