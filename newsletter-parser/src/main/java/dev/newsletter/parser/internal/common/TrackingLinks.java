package dev.newsletter.parser.internal.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cleans the addresses newsletters link to of what mail tools add for tracking, where what the
 * reader is sent to can be read from the address itself: a redirect that carries its target in a
 * query parameter ({@code https://www.google.com/url?q=https%3A%2F%2Fexample.org%2F…}) becomes the
 * target, and campaign parameters ({@code utm_source}, {@code utm_medium}, …, Mailchimp's {@code
 * mc_cid} and {@code mc_eid}) leave the query. A redirect that does not say where it goes ({@code
 * https://example.us1.list-manage.com/track/click?u=…&id=…}) is kept as written: its target cannot
 * be known without following it, and a parser does not guess.
 *
 * <p>The rules are named objects applied in the order of {@link #RULES}; each returns the address
 * unchanged when it does not apply, and none throws, whatever the input (broken percent-encoding
 * makes a rule not apply). The email parser applies it to every link and picture address it reads,
 * in HTML and text parts alike, since the tracking is what the mail tool added on sending. The
 * Markdown parser does not: a Markdown file is the publisher's own archive, and an address written
 * there is kept as its author wrote it. Stateless and thread-safe.
 */
public final class TrackingLinks {

    /** One way of cleaning an address. */
    public interface Rule {

        /**
         * The address cleaned by this rule.
         *
         * @param address an address as written, not null
         * @return the cleaned address, or {@code address} itself when the rule does not apply
         */
        String apply(String address);
    }

    /** Google's redirect, {@code https://www.google.com/url?q=<target>} (or {@code url=}). */
    public static final Rule GOOGLE_REDIRECT =
            new Redirect(
                    (host, path) ->
                            (host.equals("google.com") || host.startsWith("google."))
                                    && path.equals("/url"),
                    List.of("q", "url"));

    /** Facebook's link shim, {@code https://l.facebook.com/l.php?u=<target>}. */
    public static final Rule FACEBOOK_LINK_SHIM =
            new Redirect(
                    (host, path) ->
                            (host.equals("l.facebook.com") || host.equals("lm.facebook.com"))
                                    && path.equals("/l.php"),
                    List.of("u"));

    /**
     * Outlook's Safe Links, {@code https://eur01.safelinks.protection.outlook.com/?url=<target>}.
     */
    public static final Rule OUTLOOK_SAFE_LINKS =
            new Redirect(
                    (host, path) -> host.endsWith(".safelinks.protection.outlook.com"),
                    List.of("url"));

    /** Tumblr's redirect, {@code https://t.umblr.com/redirect?z=<target>}. */
    public static final Rule TUMBLR_REDIRECT =
            new Redirect(
                    (host, path) -> host.equals("t.umblr.com") && path.equals("/redirect"),
                    List.of("z"));

    /**
     * YouTube's redirect from descriptions, {@code https://www.youtube.com/redirect?q=<target>}.
     */
    public static final Rule YOUTUBE_REDIRECT =
            new Redirect(
                    (host, path) -> host.equals("youtube.com") && path.equals("/redirect"),
                    List.of("q"));

    /**
     * Any web address whose query names its target in a parameter a redirect uses ({@code url},
     * {@code u}, {@code target}, {@code redirect}, {@code r}, …) holding a whole http(s) address.
     * Not the pages that take an address to act on it (share, tweet, pin, submit, translate, sign
     * in, subscribe): a "Share on …" link must stay one.
     */
    public static final Rule TARGET_PARAMETER =
            new Redirect(
                    (host, path) -> !actsOnAddress(path),
                    List.of(
                            "url",
                            "u",
                            "target",
                            "redirect",
                            "redirect_url",
                            "redirecturl",
                            "r",
                            "dest",
                            "destination"));

    /**
     * Campaign parameters: every {@code utm_…}, and Mailchimp's {@code mc_cid} and {@code mc_eid}.
     */
    public static final Rule CAMPAIGN_PARAMETERS = TrackingLinks::withoutCampaignParameters;

    /** The rules, in the order they apply: redirects first, then the target's own parameters. */
    public static final List<Rule> RULES =
            List.of(
                    GOOGLE_REDIRECT,
                    FACEBOOK_LINK_SHIM,
                    OUTLOOK_SAFE_LINKS,
                    TUMBLR_REDIRECT,
                    YOUTUBE_REDIRECT,
                    TARGET_PARAMETER,
                    CAMPAIGN_PARAMETERS);

    /** How many redirects inside one another are undone (Safe Links around Google's, say). */
    private static final int MAX_REDIRECTS = 4;

    /** Path words of pages that take an address as their subject, not as where they send you. */
    private static final List<String> ACTING_PATHS =
            List.of(
                    "share",
                    "intent/",
                    "pin/create",
                    "submit",
                    "translate",
                    "login",
                    "signin",
                    "sign-in",
                    "sign_in",
                    "oauth",
                    "authorize",
                    "logout",
                    "subscribe");

    private static final Set<String> MAILCHIMP_PARAMETERS = Set.of("mc_cid", "mc_eid");

    private TrackingLinks() {}

    /**
     * The address with every rule applied: redirects that name their target undone (up to four
     * inside one another), then campaign parameters removed.
     *
     * @param address an address as written, or {@code null}
     * @return the cleaned address; {@code null} for {@code null}
     */
    public static String clean(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        String current = address;
        List<Rule> redirects = RULES.subList(0, RULES.size() - 1);
        for (int round = 0; round < MAX_REDIRECTS; round++) {
            String before = current;
            for (Rule rule : redirects) {
                current = rule.apply(current);
                if (!current.equals(before)) {
                    break; // the target may be another redirect: start again from the first rule
                }
            }
            if (current.equals(before)) {
                break;
            }
        }
        return CAMPAIGN_PARAMETERS.apply(current);
    }

    private static boolean actsOnAddress(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (String word : ACTING_PATHS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutCampaignParameters(String address) {
        Address parts = Address.of(address);
        if (parts.query() == null) {
            return address;
        }
        List<String> kept = new ArrayList<>();
        boolean removed = false;
        for (String parameter : parts.query().split("&", -1)) {
            String name = decode(nameOf(parameter));
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("utm_") || MAILCHIMP_PARAMETERS.contains(lower)) {
                removed = true;
            } else {
                kept.add(parameter);
            }
        }
        if (!removed) {
            return address;
        }
        String query = String.join("&", kept);
        return parts.beforeQuery() + (query.isEmpty() ? "" : "?" + query) + parts.fragment();
    }

    private static String nameOf(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }

    /** A redirect whose target is the value of one of {@code parameters}, on matching pages. */
    private record Redirect(Page page, List<String> parameters) implements Rule {

        @Override
        public String apply(String address) {
            Address parts = Address.of(address);
            if (!parts.isWeb()
                    || parts.query() == null
                    || !page.matches(parts.host(), parts.path())) {
                return address;
            }
            for (String wanted : parameters) {
                for (String parameter : parts.query().split("&")) {
                    int equals = parameter.indexOf('=');
                    if (equals <= 0 || !parameter.substring(0, equals).equalsIgnoreCase(wanted)) {
                        continue;
                    }
                    String target = target(parameter.substring(equals + 1));
                    if (target != null) {
                        return target;
                    }
                }
            }
            return address;
        }

        /** The value as a whole web address, decoded once or twice; null when it is not one. */
        private static String target(String value) {
            String decoded = decode(value);
            if (decoded != null && startsWithEncodedScheme(decoded)) {
                decoded = decode(decoded); // encoded twice, as some redirects nest
            }
            if (decoded == null || !Address.of(decoded).isWeb()) {
                return null;
            }
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                if (c <= ' ' || c == 0x7f) {
                    return null; // white space or controls: not an address
                }
            }
            return decoded;
        }

        private static boolean startsWithEncodedScheme(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.startsWith("http%3a") || lower.startsWith("https%3a");
        }
    }

    /** Which pages a {@link Redirect} applies to, by lower-case host (no {@code www.}) and path. */
    @FunctionalInterface
    private interface Page {
        boolean matches(String host, String path);
    }

    /**
     * An address cut into its parts as written, without the rules of {@link java.net.URI}, which
     * rejects much of what newsletters link to.
     *
     * @param beforeQuery scheme, authority and path as written
     * @param host the lower-case host without {@code www.}, empty when there is none
     * @param path the path, empty when there is none
     * @param query the query without its {@code ?}, or {@code null} when there is none
     * @param fragment the fragment with its {@code #}, or empty
     * @param web whether the scheme is http or https and there is a host
     */
    private record Address(
            String beforeQuery,
            String host,
            String path,
            String query,
            String fragment,
            boolean web) {

        static Address of(String address) {
            int hash = address.indexOf('#');
            String fragment = hash < 0 ? "" : address.substring(hash);
            String rest = hash < 0 ? address : address.substring(0, hash);
            int question = rest.indexOf('?');
            String query = question < 0 ? null : rest.substring(question + 1);
            String beforeQuery = question < 0 ? rest : rest.substring(0, question);
            String host = "";
            String path = beforeQuery;
            boolean web = false;
            int colon = beforeQuery.indexOf("://");
            if (colon > 0) {
                String scheme = beforeQuery.substring(0, colon).toLowerCase(Locale.ROOT);
                int authorityEnd = beforeQuery.indexOf('/', colon + 3);
                String authority =
                        beforeQuery.substring(
                                colon + 3, authorityEnd < 0 ? beforeQuery.length() : authorityEnd);
                path = authorityEnd < 0 ? "" : beforeQuery.substring(authorityEnd);
                host = authority.substring(authority.lastIndexOf('@') + 1);
                int port = host.lastIndexOf(':');
                if (port >= 0 && !host.endsWith("]")) {
                    host = host.substring(0, port);
                }
                host = host.toLowerCase(Locale.ROOT);
                if (host.startsWith("www.")) {
                    host = host.substring(4);
                }
                web = (scheme.equals("http") || scheme.equals("https")) && !host.isEmpty();
            }
            return new Address(beforeQuery, host, path, query, fragment, web);
        }

        boolean isWeb() {
            return web;
        }
    }

    /** Percent-decodes {@code text} as UTF-8; {@code null} when an escape is broken. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
