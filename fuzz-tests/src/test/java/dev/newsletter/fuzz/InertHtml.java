package dev.newsletter.fuzz;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that HTML cannot run anything, reading it with jsoup the way a browser's HTML5 parser does
 * (so entities are decoded and misnested markup lands where a browser puts it): no element that
 * runs or embeds code, no event handler attribute, no URL with a scheme that runs code or carries a
 * document, and no style that does either.
 */
final class InertHtml {

    private static final Set<String> ACTIVE_ELEMENTS =
            Set.of(
                    "script",
                    "iframe",
                    "frame",
                    "frameset",
                    "object",
                    "embed",
                    "applet",
                    "base",
                    "portal",
                    "svg",
                    "math",
                    "form",
                    "input",
                    "button",
                    "textarea",
                    "select",
                    "isindex",
                    "xml",
                    "import");
    private static final Set<String> URL_ATTRIBUTES =
            Set.of(
                    "href",
                    "src",
                    "action",
                    "formaction",
                    "xlink:href",
                    "poster",
                    "background",
                    "srcset",
                    "data",
                    "codebase",
                    "cite",
                    "longdesc",
                    "lowsrc",
                    "dynsrc",
                    "ping",
                    "manifest",
                    "icon",
                    "profile",
                    "usemap",
                    "archive",
                    "classid",
                    "imagesrcset");
    private static final Set<String> BAD_SCHEMES =
            Set.of("javascript", "vbscript", "data", "livescript", "mocha");

    /** Pragmas that only restrict or describe the page (the standalone page sets a CSP). */
    private static final Set<String> SAFE_HTTP_EQUIV =
            Set.of(
                    "content-security-policy",
                    "content-type",
                    "x-ua-compatible",
                    "content-language");

    private static final Set<String> BAD_STYLE =
            Set.of("javascript:", "vbscript:", "expression(", "@import", "behavior:", "binding:");

    private InertHtml() {}

    /**
     * Fails when {@code html} holds anything active.
     *
     * @param where names the output in the failure message
     */
    static void check(String html, String where) {
        Document document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (ACTIVE_ELEMENTS.contains(tag)) {
                fail(where, "an active <" + tag + "> element", element);
            }
            if (tag.equals("meta")
                    && element.hasAttr("http-equiv")
                    && !SAFE_HTTP_EQUIV.contains(
                            element.attr("http-equiv").strip().toLowerCase(Locale.ROOT))) {
                fail(where, "a <meta http-equiv> that acts (refresh, cookies)", element);
            }
            if (tag.equals("style")) {
                checkStyle(element.data(), where, element);
            }
            for (Attribute attribute : element.attributes()) {
                checkAttribute(attribute, where, element);
            }
        }
    }

    private static void checkAttribute(Attribute attribute, String where, Element element) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        if (name.startsWith("on")) {
            fail(where, "an event handler attribute '" + name + "'", element);
        }
        if (name.equals("style")) {
            checkStyle(value, where, element);
        }
        if (URL_ATTRIBUTES.contains(name)) {
            boolean list = name.endsWith("srcset") || name.equals("ping") || name.equals("archive");
            for (String url : list ? value.split("[,\\s]+") : new String[] {value}) {
                String scheme = scheme(url);
                if (scheme != null && BAD_SCHEMES.contains(scheme)) {
                    fail(where, "a " + scheme + ": URL in '" + name + "'", element);
                }
            }
        }
    }

    private static void checkStyle(String css, String where, Element element) {
        String squeezed = squeeze(css);
        for (String bad : BAD_STYLE) {
            if (squeezed.contains(bad)) {
                fail(where, "a style with '" + bad + "'", element);
            }
        }
    }

    /**
     * The scheme a browser reads in {@code url}, lower case, or null when it has none: as the URL
     * standard says, leading and trailing C0 controls and spaces are stripped and tabs and newlines
     * anywhere are ignored; anything else in front of the colon makes the URL relative.
     */
    static String scheme(String url) {
        StringBuilder cleaned = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                cleaned.append(c);
            }
        }
        String trimmed = cleaned.toString();
        int start = 0;
        while (start < trimmed.length() && trimmed.charAt(start) <= ' ') {
            start++;
        }
        int colon = trimmed.indexOf(':', start);
        if (colon <= start) {
            return null;
        }
        String scheme = trimmed.substring(start, colon).toLowerCase(Locale.ROOT);
        for (int i = 0; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            boolean schemeChar =
                    (c >= 'a' && c <= 'z')
                            || (i > 0
                                    && ((c >= '0' && c <= '9')
                                            || c == '+'
                                            || c == '-'
                                            || c == '.'));
            if (!schemeChar) {
                return null;
            }
        }
        return scheme;
    }

    /** Lower case, without controls and whitespace: the CSS words that matter, however spaced. */
    private static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static void fail(String where, String what, Element element) {
        String html = element.outerHtml();
        throw new AssertionError(
                where
                        + " is not inert: "
                        + what
                        + " in "
                        + (html.length() > 300 ? html.substring(0, 300) + "…" : html));
    }
}
