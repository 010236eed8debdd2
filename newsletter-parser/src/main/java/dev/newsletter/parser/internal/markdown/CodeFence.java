package dev.newsletter.parser.internal.markdown;

/** A fenced code block written out, with a fence longer than any backtick run of the code. */
final class CodeFence {

    private CodeFence() {}

    /** {@code code} fenced with {@code language} as its info string; starts and ends a line. */
    static String of(String language, String code) {
        String fence = fence(code);
        String body = code.endsWith("\n") || code.isEmpty() ? code : code + "\n";
        return fence + language.strip() + "\n" + body + fence + "\n";
    }

    /** Backticks enough to fence {@code code}: at least three, one more than its longest run. */
    static String fence(String code) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
