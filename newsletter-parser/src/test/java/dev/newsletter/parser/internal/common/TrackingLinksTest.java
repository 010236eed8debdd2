package dev.newsletter.parser.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of {@link TrackingLinks} on its own, then all of them in order. */
class TrackingLinksTest {

    @Test
    void googleRedirectGivesItsTarget() {
        assertThat(
                        TrackingLinks.GOOGLE_REDIRECT.apply(
                                "https://www.google.com/url?q=https%3A%2F%2Fdocs.example.org%2Fguide%3Fpage%3D2"
                                        + "&sa=D&source=editors&ust=1700000000000000&usg=AOvVaw3x"))
                .isEqualTo("https://docs.example.org/guide?page=2");
        assertThat(
                        TrackingLinks.GOOGLE_REDIRECT.apply(
                                "https://www.google.co.uk/url?sa=t&url=https://blog.example.org/a"))
                .isEqualTo("https://blog.example.org/a");
        // a search is not a redirect
        String search = "https://www.google.com/search?q=https%3A%2F%2Fexample.org";
        assertThat(TrackingLinks.GOOGLE_REDIRECT.apply(search)).isSameAs(search);
    }

    @Test
    void facebookLinkShimGivesItsTarget() {
        assertThat(
                        TrackingLinks.FACEBOOK_LINK_SHIM.apply(
                                "https://l.facebook.com/l.php?u=https%3A%2F%2Fnews.example.com%2Fstory%2F"
                                        + "&h=AT3kq9"))
                .isEqualTo("https://news.example.com/story/");
    }

    @Test
    void outlookSafeLinksGiveTheirTarget() {
        assertThat(
                        TrackingLinks.OUTLOOK_SAFE_LINKS.apply(
                                "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2F"
                                        + "lab.example.org%2Fevents%23spring&data=05%7C01%7C&reserved=0"))
                .isEqualTo("https://lab.example.org/events#spring");
    }

    @Test
    void tumblrRedirectGivesItsTarget() {
        assertThat(
                        TrackingLinks.TUMBLR_REDIRECT.apply(
                                "https://t.umblr.com/redirect?z=https%3A%2F%2Fart.example.net%2Fgallery"
                                        + "&t=YjQ1&b=t%3A1"))
                .isEqualTo("https://art.example.net/gallery");
    }

    @Test
    void youtubeRedirectGivesItsTarget() {
        assertThat(
                        TrackingLinks.YOUTUBE_REDIRECT.apply(
                                "https://www.youtube.com/redirect?event=video_description"
                                        + "&q=https%3A%2F%2Fslides.example.org%2Ftalk&v=abc123"))
                .isEqualTo("https://slides.example.org/talk");
    }

    @Test
    void aTargetParameterOfAnyRedirectGivesItsTarget() {
        assertThat(
                        TrackingLinks.TARGET_PARAMETER.apply(
                                "https://out.example-forum.com/?url=https%3A%2F%2Frepo.example.org%2Freleases"))
                .isEqualTo("https://repo.example.org/releases");
        assertThat(
                        TrackingLinks.TARGET_PARAMETER.apply(
                                "https://links.example-mailer.com/go?id=42&redirect=https%253A%252F%252F"
                                        + "shop.example.com%252Fbook"))
                .as("encoded twice")
                .isEqualTo("https://shop.example.com/book");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // opaque click trackers: the target is not in the address
                "https://lab.us5.list-manage.com/track/click?u=5f2c9a1d0e&id=77ab3c41e2&e=0c1d2e3f4a",
                "https://mailchi.mp/lab/spring-issue?e=0c1d2e3f4a",
                "https://click.example-mailer.com/ls/click?upn=ab12cd34ef",
                // pages that act on an address, not redirects
                "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Flab.example.org%2Fpost",
                "https://twitter.com/intent/tweet?url=https%3A%2F%2Flab.example.org%2Fpost&text=Hi",
                "https://www.linkedin.com/shareArticle?mini=true&url=https://lab.example.org/post",
                "https://accounts.example.com/login?redirect=https%3A%2F%2Fapp.example.com%2F",
                // a parameter that names something else than an address
                "https://example.org/search?u=alice&r=10",
                "https://example.org/go?url=ftp%3A%2F%2Ffiles.example.org%2Fa",
                "https://example.org/go?url=https%3A%2F%2F",
                "https://example.org/go?url=https%3A%2F%2Fa.example.org%2Fwith%20space",
                // not web addresses at all
                "mailto:editor@example.org?subject=Hello",
                "relative/page.html?u=https%3A%2F%2Fexample.org",
            })
    void opaqueRedirectsAndOtherAddressesAreKeptAsWritten(String address) {
        assertThat(TrackingLinks.clean(address)).isSameAs(address);
    }

    @Test
    void campaignParametersLeaveTheQueryAndTheRestStays() {
        assertThat(
                        TrackingLinks.CAMPAIGN_PARAMETERS.apply(
                                "https://shop.example.com/item?id=7&utm_source=letter&utm_medium=email"
                                        + "&utm_campaign=spring&utm_term=boots&utm_content=top"
                                        + "&mc_cid=8d7e6f&mc_eid=1a2b3c&color=red#reviews"))
                .isEqualTo("https://shop.example.com/item?id=7&color=red#reviews");
        assertThat(
                        TrackingLinks.CAMPAIGN_PARAMETERS.apply(
                                "https://blog.example.org/post/?UTM_Source=letter&utm_id=12"))
                .as("names in any case; the query goes when nothing is left")
                .isEqualTo("https://blog.example.org/post/");
        assertThat(
                        TrackingLinks.CAMPAIGN_PARAMETERS.apply(
                                "https://blog.example.org/post?utm%5Fsource=letter&page=2"))
                .as("an encoded name")
                .isEqualTo("https://blog.example.org/post?page=2");
        // a fragment is the page's own business (hash routing), and is not touched
        String routed = "https://app.example.com/#/view?utm_source=letter";
        assertThat(TrackingLinks.CAMPAIGN_PARAMETERS.apply(routed)).isSameAs(routed);
        String clean = "https://blog.example.org/post?page=2&sort=new";
        assertThat(TrackingLinks.CAMPAIGN_PARAMETERS.apply(clean)).isSameAs(clean);
    }

    @Test
    void cleaningUndoesRedirectsInsideOneAnotherThenDropsTheTargetsCampaign() {
        String google =
                "https://www.google.com/url?q=https%3A%2F%2Fpaper.example.net%2Fpdf%3Futm_source%3Dx"
                        + "%26v%3D2&sa=D";
        String safeLinks =
                "https://nam12.safelinks.protection.outlook.com/?url="
                        + java.net.URLEncoder.encode(
                                google, java.nio.charset.StandardCharsets.UTF_8)
                        + "&data=05&reserved=0";
        assertThat(TrackingLinks.clean(safeLinks)).isEqualTo("https://paper.example.net/pdf?v=2");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.google.com/url?q=https%3A%2F%2Fexample.org%2F%ZZbroken",
                "https://www.google.com/url?q=https%3A%2F%2Fexample.org%2",
                "https://l.facebook.com/l.php?u=%",
                "https://example.org/page?utm_source=%E0%A4&id=3%",
                "https://example.org/?%=&&=&utm_",
                "https://[::1/path?url=https://x",
                "http://",
                "?",
                "#",
                "",
            })
    void brokenAddressesNeverFailTheParse(String address) {
        String cleaned = TrackingLinks.clean(address);
        assertThat(cleaned).isNotNull();
        if (address.contains("google.com/url") || address.contains("l.facebook.com")) {
            assertThat(cleaned).as("a broken target is not guessed").isEqualTo(address);
        }
    }

    @Test
    void brokenEscapesInOtherParametersDoNotStopTheCampaignsLeaving() {
        assertThat(TrackingLinks.clean("https://example.org/page?q=100%&utm_medium=email"))
                .isEqualTo("https://example.org/page?q=100%");
        assertThat(TrackingLinks.clean(null)).isNull();
    }

    @Test
    void theRulesApplyInTheirOrder() {
        assertThat(TrackingLinks.RULES)
                .containsExactly(
                        TrackingLinks.GOOGLE_REDIRECT,
                        TrackingLinks.FACEBOOK_LINK_SHIM,
                        TrackingLinks.OUTLOOK_SAFE_LINKS,
                        TrackingLinks.TUMBLR_REDIRECT,
                        TrackingLinks.YOUTUBE_REDIRECT,
                        TrackingLinks.TARGET_PARAMETER,
                        TrackingLinks.CAMPAIGN_PARAMETERS);
    }
}
