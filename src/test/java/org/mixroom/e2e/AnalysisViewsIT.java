package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.TestWavs;
import org.mixroom.e2e.pages.LoginPage;
import org.mixroom.e2e.pages.RevisionPage;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

/** The analysis views: the album's outliers, comments started from a chart, the loudness under the waveform. */
class AnalysisViewsIT extends BrowserSupport {

    @LocalServerPort
    private int port;

    /** A project with tracks of these levels (dBFS of a stereo sine), each with one analysed revision. */
    private UUID project(String name, ApiClient mix, double... levels) throws InterruptedException {
        UUID project = mix.post("/api/projects", Map.of("name", name)).id();
        for (int i = 0; i < levels.length; i++) {
            UUID track = mix.post("/api/projects/" + project + "/tracks", Map.of("title", "Track " + (i + 1))).id();
            UUID revision = mix.upload("/api/tracks/" + track + "/revisions", "t" + i + ".wav",
                    TestWavs.sine(8, levels[i]), "master").id();
            org.assertj.core.api.Assertions.assertThat(mix.awaitAnalysis(revision).get("status").asString())
                    .isEqualTo("READY");
        }
        return project;
    }

    /** Signs in as mix and opens the revision of a new project with one track of one revision. */
    private RevisionPage openTheOnlyRevision(String projectName) throws InterruptedException {
        ApiClient mix = ApiClient.demo(port, "mix");
        UUID project = project(projectName, mix, -14);
        UUID track = mix.get("/api/projects/" + project + "/tracks").json().get(0).get("id").asString()
                .transform(UUID::fromString);
        UUID revision = mix.get("/api/tracks/" + track + "/revisions").json().get(0).get("id").asString()
                .transform(UUID::fromString);
        LoginPage.signIn(page, "mix");
        page.navigate("/revisions/" + revision);
        return new RevisionPage(page);
    }

    @Test
    void theAlbumViewFlagsATrackFarQuieterThanTheOthers() throws InterruptedException {
        UUID project = project("Uneven Album", ApiClient.demo(port, "mix"), -12, -13, -30);
        LoginPage.signIn(page, "mix");
        page.navigate("/projects/" + project);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Album view")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Uneven Album · Album view")))
                .isVisible();
        Locator grid = page.locator("vaadin-grid[aria-label='Album tracks and their measures']");
        assertThat(grid).isVisible();
        assertThat(grid.getByText("Track 3 · rev. 1")).isVisible();
        assertThat(grid.getByText(java.util.regex.Pattern.compile("⚑ Loudness outlier: 1\\d\\.\\d LU quieter than the "
                + "album median \\(−?-?\\d+\\.\\d LUFS\\)\\."))).isVisible();
        assertThat(grid.getByText("Loudness outlier")).hasCount(1);
        assertThat(grid.getByText(java.util.regex.Pattern.compile("−1\\d\\.\\d LUFS")).first()).isVisible();
        assertThat(page.getByText(java.util.regex.Pattern.compile("The integrated loudness spans 1\\d\\.\\d LU")))
                .isVisible();
    }

    @Test
    void aCommentStartedFromASpectrumBandCarriesTheBand() throws InterruptedException {
        RevisionPage review = openTheOnlyRevision("Spectrum Comments");

        Locator thirdOctaves = page.getByRole(AriaRole.GROUP,
                new Page.GetByRoleOptions().setName("Third-octave bands (dB): press a band to comment on it"));
        thirdOctaves.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("1 kHz band")).click();
        assertThat(page.getByLabel("Low (Hz)", new Page.GetByLabelOptions().setExact(true))).hasValue("891.3");
        assertThat(page.getByLabel("High (Hz)", new Page.GetByLabelOptions().setExact(true))).hasValue("1122");
        review.post("Harsh around 1 kHz");

        assertThat(review.comment("Harsh around 1 kHz").getByText("891–1122 Hz")).isVisible();
    }

    @Test
    void theLoudnessChartLinesUpUnderTheWaveform() throws InterruptedException {
        RevisionPage review = openTheOnlyRevision("Loudness Chart");

        Locator chart = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Loudness over time (LUFS)"));
        assertThat(chart).isVisible();
        assertThat(page.getByText(java.util.regex.Pattern.compile("Integrated −1\\d\\.\\d LUFS .*target −14\\.0 LUFS")))
                .isVisible();
        assertThat(chart.locator("canvas")).isVisible();
        assertThat(review.waveform()).isVisible();
        BoundingBox wave = review.waveform().boundingBox();
        BoundingBox plot = chart.boundingBox();
        org.assertj.core.api.Assertions.assertThat(plot.y).isGreaterThan(wave.y + 100);
        org.assertj.core.api.Assertions.assertThat(plot.x).isCloseTo(wave.x, within(1.0));
        org.assertj.core.api.Assertions.assertThat(plot.width).isCloseTo(wave.width, within(1.0));
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Spectrogram")))).isVisible();
    }
}
