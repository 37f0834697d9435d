using System.Text.Json;
using System.Text.RegularExpressions;
using A11yAudit.Core.Model;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 3.2.2 On Input (and 3.2.1 On Focus for inline focus handlers). Each select, radio group and
/// checkbox (up to <see cref="ChangeOfContextScripts.MaxControls"/>) is changed as a user would; a control
/// whose change makes the page navigate, submit a form or open a window is a violation, unless the text
/// around it warns that it will (then needs-review). Navigations are recorded in the page and cancelled, so
/// nothing is submitted. Inline handlers (onchange="location=…") that did not fire are needs-review.
/// </summary>
public sealed partial class ChangeOfContextCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/on-input.html";

    public string Id => "change-of-context";

    public string Help => "Choosing an option or ticking a box must not take the user to another page or submit a form without warning.";

    public IReadOnlyList<string> WcagCriteria { get; } = ["3.2.2"];

    public CheckCost Cost => CheckCost.Costly;

    // "Choosing a practice will take you to its page", "the page updates automatically".
    [GeneratedRegex(@"\b(?:will|automatically|immediately)\b[^.]{0,60}?\b(?:open\w*|go(?:es)?|take|load\w*|redirect\w*|navigat\w*|submit\w*|refresh\w*|reload\w*|update\w*|new (?:page|window|tab))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Advised();

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = context.Page;
        var navigationRequests = new List<string>();
        void OnRequest(object? sender, IRequest request)
        {
            if (request.IsNavigationRequest && request.Frame == page.MainFrame)
            {
                lock (navigationRequests)
                {
                    navigationRequests.Add(request.Url);
                }
            }
        }

        var violations = new List<FindingNode>();
        var reviews = new List<FindingNode>();
        var fired = new HashSet<int>();
        page.Request += OnRequest;
        try
        {
            var inventory = JsonSerializer.Deserialize<Inventory>(
                await page.EvaluateAsync<string>(ChangeOfContextScripts.Install, ChangeOfContextScripts.MaxControls).ConfigureAwait(false),
                OwnCheckFinding.Json)!;
            for (var i = 0; i < inventory.Controls.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var control = inventory.Controls[i];
                int requestsBefore;
                lock (navigationRequests)
                {
                    requestsBefore = navigationRequests.Count;
                }

                var result = await ExerciseAsync(page, i).ConfigureAwait(false);
                var records = result?.Records.Where(r => r.Kind != "replace-state").ToList() ?? [];
                lock (navigationRequests)
                {
                    // A navigation the Navigation API did not catch still reached the crawler's guard.
                    records.AddRange(navigationRequests.Skip(requestsBefore).Where(u => records.All(r => r.Url != u)).Select(u => new Attempt("navigation", u)));
                }

                if (records.Count == 0)
                {
                    continue;
                }

                fired.Add(i);
                var contextChange = records.FirstOrDefault(r => r.Kind is "navigation" or "submit" or "new-window");
                var advised = Advised().IsMatch(control.Advice);
                var node = ControlNode(control, result?.Chosen ?? string.Empty, contextChange ?? records[0], advised);
                (contextChange is not null && !advised ? violations : reviews).Add(node);
            }

            foreach (var handler in inventory.Handlers.Where(h => !fired.Contains(h.ControlIndex)))
            {
                reviews.Add(HandlerNode(handler));
            }
        }
        finally
        {
            page.Request -= OnRequest;
            await RestoreAsync(page).ConfigureAwait(false);
        }

        var findings = new List<Finding>();
        if (violations.Count > 0)
        {
            findings.Add(OwnCheckFinding.Create(
                this,
                context,
                FindingOutcome.Violation,
                Impact.Serious,
                "Changing a form control takes the user to another page, submits a form or opens a window straight away, with no warning and no button to confirm. Screen reader and keyboard users moving through the options trigger it before they have chosen.",
                HelpUrl,
                violations));
        }

        if (reviews.Count > 0)
        {
            findings.Add(OwnCheckFinding.Create(
                this,
                context,
                FindingOutcome.NeedsReview,
                Impact.Moderate,
                "A form control may change the page or its context when it is used (a navigating handler, an in-page route change, or a change the text warns about). Check that users are told before they use it, or that they confirm with a button.",
                HelpUrl,
                reviews,
                reviews.Any(r => r.Evidence!.GetValueOrDefault("attribute") is "onfocus" or "onfocusin") ? ["3.2.1", "3.2.2"] : null));
        }

        return findings;
    }

    private static async Task<ExerciseResult?> ExerciseAsync(IPage page, int index)
    {
        try
        {
            var json = await page.EvaluateAsync<string?>(ChangeOfContextScripts.Exercise, new[] { index, ChangeOfContextScripts.SettleMilliseconds }).ConfigureAwait(false);
            return json is null ? null : JsonSerializer.Deserialize<ExerciseResult>(json, OwnCheckFinding.Json);
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("context was destroyed", StringComparison.OrdinalIgnoreCase))
        {
            // The page replaced its document despite the recorder: that is the change of context itself.
            return new ExerciseResult(string.Empty, [new Attempt("navigation", page.Url)]);
        }
    }

    private static async Task RestoreAsync(IPage page)
    {
        try
        {
            await page.EvaluateAsync(ChangeOfContextScripts.Restore).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // A document that went away took the recorder with it.
        }
    }

    private static FindingNode ControlNode(Control control, string chosen, Attempt attempt, bool advised)
    {
        var what = attempt.Kind switch
        {
            "submit" => $"submits a form (to {attempt.Url})",
            "new-window" => $"opens a new window ({attempt.Url})",
            "same-document" => $"changes the page address to {attempt.Url} without loading a new page (possibly an in-page route change)",
            _ => $"navigates to {attempt.Url}",
        };
        var action = control.Type switch
        {
            "select" => $"Choosing \"{chosen}\" in this select",
            "radio" => $"Choosing the radio button \"{chosen}\"",
            _ => $"Changing this checkbox ({chosen})",
        };
        var summary = $"{action} {what}{(control.HasSubmitButton ? "" : ", and its form has no submit button")}."
            + (advised ? " The label or hint seems to warn about this; check the warning is clear before the control is used." : "");
        var evidence = new Dictionary<string, string>
        {
            ["control"] = control.Type,
            ["chosen"] = chosen,
            ["attempt"] = attempt.Kind,
            ["url"] = attempt.Url,
            ["hasSubmitButton"] = control.HasSubmitButton ? "true" : "false",
        };
        if (advised)
        {
            evidence["advice"] = control.Advice.Length > 200 ? control.Advice[..200] + "…" : control.Advice;
        }

        return OwnCheckFinding.Node(control.Selector, control.Html, summary, advised || attempt.Kind == "same-document" ? Impact.Moderate : Impact.Serious, evidence);
    }

    private static FindingNode HandlerNode(Handler handler) =>
        OwnCheckFinding.Node(
            handler.Selector,
            handler.Html,
            $"Its {handler.Attribute} handler looks like it navigates or submits (\"{handler.Code}\"), though it did not when tested. Check what it does when used.",
            Impact.Moderate,
            new Dictionary<string, string> { ["attribute"] = handler.Attribute, ["code"] = handler.Code });

    private sealed record Inventory(IReadOnlyList<Control> Controls, IReadOnlyList<Handler> Handlers);

    private sealed record Control(string Type, string Selector, string Html, string Advice, bool HasSubmitButton);

    private sealed record Handler(string Selector, string Html, string Attribute, string Code, int ControlIndex);

    private sealed record ExerciseResult(string Chosen, IReadOnlyList<Attempt> Records);

    private sealed record Attempt(string Kind, string Url);
}
