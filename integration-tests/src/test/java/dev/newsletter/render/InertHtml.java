package dev.newsletter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What in a page could run script or pull in another document, read from the page as a browser
 * parses it (jsoup follows the HTML5 parsing algorithm): script-capable elements, event handler
 * attributes, and addresses with a scheme that runs code. The page's own head — its stylesheet, its
 * Content-Security-Policy and the feed links — is allowed; the same things in the body are not.
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
                    "form",
                    "input",
                    "button",
                    "select",
                    "textarea",
                    "keygen",
                    "isindex",
                    "portal",
                    "svg",
                    "math",
                    "template",
                    "noscript",
                    "style",
                    "link",
                    "meta",
                    "plaintext",
                    "xmp",
                    "listing",
                    "dialog");
    private static final Set<String> URL_ATTRIBUTES =
            Set.of(
                    "href",
                    "src",
                    "srcset",
                    "action",
                    "formaction",
                    "xlink:href",
                    "background",
                    "poster",
                    "data",
                    "dynsrc",
                    "lowsrc",
                    "cite",
                    "longdesc",
                    "code",
                    "codebase",
                    "manifest",
                    "ping",
                    "icon",
                    "usemap");
    private static final Set<String> ACTIVE_SCHEMES =
            Set.of("javascript", "vbscript", "livescript", "data", "mocha");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f]+");
    private static final Pattern ACTIVE_STYLE =
            Pattern.compile("expression|javascript|behavior|binding|url\\s*\\(|@import");

    private InertHtml() {}

    /** The problems of a whole page or a fragment, one line each; empty when it is inert. */
    static List<String> problems(String html) {
        Document page = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element element : page.head().children()) {
            if (!ownHeadElement(element)) {
                problems.add("in the head: " + element.outerHtml());
            }
        }
        for (Element element : page.body().getAllElements()) {
            String name = element.normalName();
            if (ACTIVE_ELEMENTS.contains(name)) {
                problems.add("element: " + element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (key.startsWith("on") || key.equals("srcdoc") || key.equals("formaction")) {
                    problems.add("attribute " + key + " on <" + name + ">");
                } else if (URL_ATTRIBUTES.contains(key) && activeScheme(value)) {
                    problems.add("address " + key + "=\"" + value + "\" on <" + name + ">");
                } else if (key.equals("style")
                        && ACTIVE_STYLE.matcher(value.toLowerCase(Locale.ROOT)).find()) {
                    problems.add("style \"" + value + "\" on <" + name + ">");
                }
            }
        }
        return problems;
    }

    /** What the renderer's standalone page puts in its head. */
    private static boolean ownHeadElement(Element element) {
        return switch (element.normalName()) {
            case "title", "style" -> true;
            case "meta" ->
                    !element.attr("http-equiv").equalsIgnoreCase("refresh")
                            && (element.attr("charset").isEmpty()
                                    || element.attr("charset").equalsIgnoreCase("utf-8"));
            case "link" ->
                    element.attr("rel").equals("alternate")
                            && element.attr("href").startsWith("https://");
            default -> false;
        };
    }

    /** Whether a browser would follow {@code value} into script or an inline document. */
    private static boolean activeScheme(String value) {
        for (String candidate : value.split(",")) { // srcset lists addresses
            String address = INVISIBLE.matcher(candidate).replaceAll("").toLowerCase(Locale.ROOT);
            int colon = address.indexOf(':');
            if (colon > 0 && ACTIVE_SCHEMES.contains(address.substring(0, colon))) {
                return true;
            }
        }
        return false;
    }
}
