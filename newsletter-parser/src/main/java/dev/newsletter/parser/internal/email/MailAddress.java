package dev.newsletter.parser.internal.email;

import dev.newsletter.parser.internal.common.Words;

/** The display name of an address header value: "Ana Lopez <ana@example.org>" gives "Ana Lopez". */
final class MailAddress {

    private MailAddress() {}

    /**
     * The display name, else the address's local part, else {@code null}.
     *
     * @param value a From header value, already decoded
     */
    static String displayName(String value) {
        String text = Words.collapse(value);
        if (text.isEmpty()) {
            return null;
        }
        int open = text.indexOf('<');
        if (open >= 0) {
            String name = unquote(text.substring(0, open));
            if (!name.isEmpty()) {
                return name;
            }
            int close = text.indexOf('>', open);
            return localPart(text.substring(open + 1, close < 0 ? text.length() : close));
        }
        int paren = text.indexOf('(');
        if (paren > 0 && text.endsWith(")")) {
            String name = unquote(text.substring(paren + 1, text.length() - 1));
            return name.isEmpty() ? localPart(text.substring(0, paren)) : name;
        }
        return text.contains("@") ? localPart(text) : unquote(text);
    }

    private static String unquote(String text) {
        String name = text.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return name.strip();
    }

    private static String localPart(String address) {
        String trimmed = address.strip();
        int at = trimmed.indexOf('@');
        String local = at > 0 ? trimmed.substring(0, at) : trimmed;
        return local.isEmpty() ? null : local;
    }
}
