using System.Globalization;
using System.Text.Json;
using A11yAudit.Core.Model;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.2.2 Pause, Stop, Hide (and 1.4.2 Audio Control for autoplaying sound). Violations: a visible
/// &lt;marquee&gt;; an animation that moves or blinks for more than five seconds, keeps running when the user
/// asks for reduced motion, and has no pause control on the page; audible media that plays by itself for
/// more than three seconds with no controls. Needs-review: a long animation that stops only under
/// prefers-reduced-motion (most people who need less motion never set it, and WCAG counts that media query
/// only towards 2.3.3, so 2.2.2 still wants a pause control); long animations next to a pause control that
/// may or may not stop them; autoplaying video without controls; animated GIF/APNG/WebP images that play
/// for more than five seconds (browsers do not stop them for reduced motion; check for flashing too, 2.3.1).
/// </summary>
public sealed class MovingContentCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/pause-stop-hide.html";

    /// <summary>2.2.2: moving, blinking or scrolling content that lasts more than five seconds needs a pause.</summary>
    public const double MovementLimitMilliseconds = 5000;

    /// <summary>1.4.2: audio that plays automatically for more than three seconds needs a pause or volume control.</summary>
    public const double AudioLimitSeconds = 3;

    /// <summary>Images larger than this are not fetched again to look for frames (cost and memory).</summary>
    public const int MaxImageBytes = 2 * 1024 * 1024;

    public string Id => "moving-content";

    public string Help => "Moving, blinking or autoplaying content that lasts more than five seconds must be possible to pause, stop or hide.";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.2.2", "1.4.2", "2.3.1"];

    public CheckCost Cost => CheckCost.Costly;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = context.Page;
        var elements = Parse<PageElements>(await page.EvaluateAsync<string>(MovingContentScripts.Elements, MaxImageBytes).ConfigureAwait(false));
        var animations = Parse<List<RunningAnimation>>(await page.EvaluateAsync<string>(MovingContentScripts.Animations, MovementLimitMilliseconds).ConfigureAwait(false));
        var underReducedMotion = new List<RunningAnimation>();
        if (animations.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // Running CSS animations are re-evaluated when the media query changes, so no reload is needed.
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce }).ConfigureAwait(false);
                underReducedMotion = Parse<List<RunningAnimation>>(await page.EvaluateAsync<string>(MovingContentScripts.Animations, MovementLimitMilliseconds).ConfigureAwait(false));
            }
            finally
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.NoPreference }).ConfigureAwait(false);
            }
        }

        var hasPause = elements.PauseControls.Count > 0;
        var violations = new List<(FindingNode Node, string Criterion)>();
        var reviews = new List<(FindingNode Node, string Criterion)>();
        foreach (var tag in elements.Legacy)
        {
            var node = Node(tag.Selector, tag.Html, tag.Tag == "marquee"
                ? "A <marquee> scrolls its text continuously and cannot be paused."
                : "A <blink> element: current browsers ignore it, but any that honour it make the text blink with no way to stop it.", new() { ["element"] = tag.Tag });
            (tag.Tag == "marquee" ? violations : reviews).Add((node, "2.2.2"));
        }

        var reducedKeys = underReducedMotion.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var animation in animations.GroupBy(a => a.Key).Select(g => g.First()))
        {
            var continues = reducedKeys.Contains(animation.Key);
            if (!continues && hasPause)
            {
                continue;
            }

            var node = AnimationNode(animation, continues, elements.PauseControls);
            (continues && !hasPause ? violations : reviews).Add((node, "2.2.2"));
        }

        foreach (var media in elements.Media)
        {
            Classify(media, hasPause, violations, reviews);
        }

        foreach (var image in elements.Images)
        {
            var info = AnimatedImage.Parse(Convert.FromBase64String(image.Base64));
            if (info is { IsAnimated: true } && info.TotalMilliseconds > MovementLimitMilliseconds)
            {
                reviews.Add((ImageNode(image, info), "2.2.2"));
            }
        }

        var findings = new List<Finding>();
        if (violations.Count > 0)
        {
            findings.Add(OwnCheckFinding.Create(
                this,
                context,
                FindingOutcome.Violation,
                Impact.Serious,
                "Content moves, scrolls or plays sound by itself for longer than WCAG allows, with no way to pause, stop or hide it. Motion can make people with vestibular disorders unwell and stops people with attention difficulties reading; sound drowns out screen readers.",
                HelpUrl,
                violations.Select(v => v.Node),
                Criteria(violations)));
        }

        if (reviews.Count > 0)
        {
            findings.Add(OwnCheckFinding.Create(
                this,
                context,
                FindingOutcome.NeedsReview,
                Impact.Moderate,
                "Content moves or plays by itself for more than five seconds. Check that users can pause, stop or hide it without having to set a reduced-motion preference, and that nothing flashes more than three times a second.",
                HelpUrl,
                reviews.Select(v => v.Node),
                Criteria(reviews)));
        }

        return findings;
    }

    private static void Classify(PlayingMedia media, bool hasPause, List<(FindingNode, string)> violations, List<(FindingNode, string)> reviews)
    {
        if (media.Controls || !(media.Autoplay || media.Playing))
        {
            return;
        }

        var duration = media.DurationSeconds switch
        {
            -1 => "a live stream",
            -2 => "an unknown length",
            var s => $"{s.ToString("0.#", CultureInfo.InvariantCulture)} s",
        };
        var evidence = new Dictionary<string, string>
        {
            ["element"] = media.Tag,
            ["autoplay"] = Flag(media.Autoplay),
            ["playing"] = Flag(media.Playing),
            ["muted"] = Flag(media.Muted),
            ["controls"] = "false",
            ["loop"] = Flag(media.Loop),
            ["duration"] = duration,
        };
        var lengthKnown = media.DurationSeconds >= 0;
        if (!media.Muted && media.HasAudio)
        {
            var tooLong = media.Loop || media.DurationSeconds == -1 || media.DurationSeconds > AudioLimitSeconds;
            if (!tooLong && lengthKnown)
            {
                return;
            }

            var summary = $"This {media.Tag} plays sound by itself ({duration}{(media.Loop ? ", looping" : "")}) and has no controls to pause it or turn it down.";
            var certain = tooLong && !hasPause;
            (certain ? violations : reviews).Add((Node(media.Selector, media.Html, summary + (hasPause ? " A pause control elsewhere on the page may stop it: check." : ""), evidence), "1.4.2"));
            return;
        }

        if (media.Tag == "video" && media.Visible && !hasPause && (media.Loop || !lengthKnown || media.DurationSeconds > MovementLimitMilliseconds / 1000))
        {
            var sound = media.Muted ? "silently" : "(sound not detected)";
            reviews.Add((Node(media.Selector, media.Html, $"This video plays by itself {sound} ({duration}{(media.Loop ? ", looping" : "")}) with no controls and no pause button on the page.", evidence), "2.2.2"));
        }
    }

    private static FindingNode AnimationNode(RunningAnimation animation, bool continues, IReadOnlyList<string> pauseControls)
    {
        var length = animation.TotalMs < 0 ? "forever" : $"for {(animation.TotalMs / 1000).ToString("0.#", CultureInfo.InvariantCulture)} s";
        var what = $"The animation \"{animation.Name}\" ({string.Join(", ", animation.Properties)}) runs {length}";
        var summary = continues
            ? pauseControls.Count == 0
                ? $"{what}, keeps running when the user asks for reduced motion, and nothing on the page pauses it."
                : $"{what} and keeps running when the user asks for reduced motion. Check that the pause control ({pauseControls[0]}) stops it."
            : $"{what}. It stops only when the user has set a reduced-motion preference; there is no pause control for everyone else.";
        var evidence = new Dictionary<string, string>
        {
            ["animation"] = animation.Name,
            ["properties"] = string.Join(", ", animation.Properties),
            ["iterations"] = animation.Iterations < 0 ? "infinite" : animation.Iterations.ToString("0.##", CultureInfo.InvariantCulture),
            ["durationMs"] = animation.DurationMs.ToString("0", CultureInfo.InvariantCulture),
            ["totalMs"] = animation.TotalMs < 0 ? "infinite" : animation.TotalMs.ToString("0", CultureInfo.InvariantCulture),
            ["runsUnderReducedMotion"] = Flag(continues),
            ["pauseControl"] = pauseControls.Count > 0 ? pauseControls[0] : "none",
        };
        return Node(animation.Selector, animation.Html, summary, evidence);
    }

    private static FindingNode ImageNode(CandidateImage image, AnimatedImage info)
    {
        var plays = double.IsPositiveInfinity(info.Plays) ? "forever" : $"{info.Plays:0} times";
        var evidence = new Dictionary<string, string>
        {
            ["format"] = info.Format,
            ["frames"] = info.Frames.ToString(CultureInfo.InvariantCulture),
            ["loopSeconds"] = (info.LoopMilliseconds / 1000).ToString("0.##", CultureInfo.InvariantCulture),
            ["plays"] = plays,
            ["url"] = image.Url,
        };
        return Node(image.Selector, image.Html, $"An animated {info.Format} image ({info.Frames} frames, {info.LoopMilliseconds / 1000:0.##} s a loop) plays {plays}. Browsers do not stop it for reduced motion: offer a still version or a pause control, and check it does not flash.", evidence);
    }

    private static FindingNode Node(string selector, string html, string summary, Dictionary<string, string> evidence) =>
        OwnCheckFinding.Node(selector, html, summary, Impact.Serious, evidence);

    private static List<string> Criteria(IEnumerable<(FindingNode Node, string Criterion)> nodes) =>
        nodes.Select(n => n.Criterion).Distinct().Order(StringComparer.Ordinal).ToList();

    private static string Flag(bool value) => value ? "true" : "false";

    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, OwnCheckFinding.Json)!;

    private sealed record PageElements(IReadOnlyList<LegacyElement> Legacy, IReadOnlyList<PlayingMedia> Media, IReadOnlyList<string> PauseControls, IReadOnlyList<CandidateImage> Images);

    private sealed record LegacyElement(string Selector, string Html, string Tag);

    private sealed record PlayingMedia(string Selector, string Html, string Tag, bool Autoplay, bool Playing, bool Muted, bool Controls, bool Loop, double DurationSeconds, bool HasAudio, bool Visible);

    private sealed record CandidateImage(string Selector, string Html, string Url, string Base64);

    private sealed record RunningAnimation(string Selector, string Html, string Name, double Iterations, double DurationMs, double TotalMs, IReadOnlyList<string> Properties)
    {
        public string Key => Selector + "|" + Name;
    }
}
