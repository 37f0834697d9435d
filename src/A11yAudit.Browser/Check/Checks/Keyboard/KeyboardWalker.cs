using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>
/// Tabs through a page with real key presses and measures every stop once, so the keyboard checks share
/// one walk per page: whichever runs first walks, the others reuse the result (cached per page and
/// document, so a navigation or reload walks again).
/// </summary>
internal static class KeyboardWalker
{
    /// <summary>Enough for the header, content and footer of a long page; the walk stops sooner when focus wraps.</summary>
    public const int MaxPresses = 150;

    /// <summary>The checks that read the walk. Checks that change the page warm the walk up first when one of these runs.</summary>
    public static readonly IReadOnlySet<string> Readers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "keyboard-trap", "focus-order", "focus-visible", "focus-obscured", "skip-link",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ConditionalWeakTable<IPage, CachedWalk> Cache = new();

    private sealed record CachedWalk(string Document, Task<KeyboardWalk> Walk);

    public static async Task<KeyboardWalk> GetAsync(IPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var document = await DocumentKeyAsync(page).ConfigureAwait(false);
        Task<KeyboardWalk> walk;
        lock (Cache)
        {
            if (Cache.TryGetValue(page, out var cached) && cached.Document == document)
            {
                walk = cached.Walk;
            }
            else
            {
                walk = WalkAsync(page, cancellationToken);
                Cache.AddOrUpdate(page, new CachedWalk(document, walk));
            }
        }

        return await walk.ConfigureAwait(false);
    }

    /// <summary>Walks now if a reader will run, so a check that opens dialogs or presses Enter does not disturb the walk.</summary>
    public static Task WarmUpAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Readers.Any(id => !context.Options.DisabledChecks.Contains(id)) ? GetAsync(context.Page, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>The URL without fragment plus the document's time origin: a new document (reload, navigation) gets a new key.</summary>
    private static async Task<string> DocumentKeyAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("() => location.href.split('#')[0] + ' ' + performance.timeOrigin").ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return page.Url;
        }
    }

    private static async Task<KeyboardWalk> WalkAsync(IPage page, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await WalkCoreAsync(page, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or JsonException or TimeoutException)
        {
            // The page navigated, crashed or answered nonsense: the keyboard checks report nothing rather than fail the page.
            return KeyboardWalk.Failed(clock.Elapsed);
        }
        finally
        {
            try
            {
                await page.EvaluateAsync(WalkScript.End).ConfigureAwait(false);
            }
            catch (PlaywrightException)
            {
                // Nothing left to restore.
            }
        }
    }

    private static async Task<KeyboardWalk> WalkCoreAsync(IPage page, Stopwatch clock, CancellationToken cancellationToken)
    {
        await page.EvaluateAsync(WalkScript.Install).ConfigureAwait(false);
        var stops = new Dictionary<int, TabStop>();
        var order = new List<TabStop>();
        var sequence = new List<int>();
        int? first = null;
        var last = -1;
        var repeats = 0;
        var end = WalkEnd.Cap;
        List<int>? cycle = null;
        var presses = 0;
        while (presses < MaxPresses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await page.Keyboard.PressAsync("Tab").ConfigureAwait(false);
            presses++;
            var stop = await MeasureAsync(page, measure: true).ConfigureAwait(false);
            if (stop.Id < 0)
            {
                return KeyboardWalk.Failed(clock.Elapsed);
            }

            if (stop.Id == 0)
            {
                end = order.Count == 0 ? WalkEnd.NoStops : WalkEnd.Wrapped;
                break;
            }

            if (stop.IsNew && stop.Selector is not null)
            {
                var tabStop = stop.ToTabStop();
                stops[stop.Id] = tabStop;
                order.Add(tabStop);
            }

            if (first is null)
            {
                first = stop.Id;
            }
            else if (stop.Id == first)
            {
                end = WalkEnd.ReturnedToStart;
                break;
            }

            if (stop.Id == last)
            {
                repeats++;
                if (repeats >= AllowedRepeats(stops.GetValueOrDefault(stop.Id)?.Kind))
                {
                    cycle = [stop.Id];
                    break;
                }
            }
            else
            {
                repeats = 0;
                if (!stop.IsNew)
                {
                    // Back on an element seen before without passing the end of the page: focus is going round in circles.
                    cycle = sequence.Skip(sequence.LastIndexOf(stop.Id)).Distinct().ToList();
                    break;
                }
            }

            sequence.Add(stop.Id);
            last = stop.Id;
        }

        KeyboardTrapProbe? probe = null;
        if (cycle is not null)
        {
            (end, probe) = await ProbeTrapAsync(page, cycle, cancellationToken).ConfigureAwait(false);
        }

        var changes = await CompareAsync(page).ConfigureAwait(false);
        var measured = order.Select(s => s with { Changes = changes.GetValueOrDefault(s.Id) }).ToList();
        measured = await ConfirmAsync(page, measured, cancellationToken).ConfigureAwait(false);
        var byId = measured.ToDictionary(s => s.Id);
        return new KeyboardWalk
        {
            Stops = measured,
            End = end,
            Presses = presses,
            Duration = clock.Elapsed,
            Trap = probe is null ? null : new KeyboardTrap
            {
                Cycle = cycle!.Where(byId.ContainsKey).Select(id => byId[id]).ToList(),
                TabbableCount = probe.Tabbable,
                EscapesWithShiftTab = probe.ShiftTab,
                EscapesWithEscapeThenTab = probe.EscapeThenTab,
                IsEditor = probe.Editor,
                PressesBeforeTrap = presses,
            },
        };
    }

    /// <summary>
    /// How many presses in a row one element may keep focus: frames and media hold focus while Tab moves
    /// through their insides, and date-like inputs step through day, month and year.
    /// </summary>
    private static int AllowedRepeats(string? kind) => kind switch
    {
        "frame" => int.MaxValue,
        "media" => 20,
        "multi" => 6,
        _ => 2,
    };

    private sealed record TrapContextJson(int Tabbable, bool InDialog, bool Editor);

    private sealed record KeyboardTrapProbe(int Tabbable, bool ShiftTab, bool EscapeThenTab, bool Editor);

    /// <summary>
    /// Tells a trap from a page whose whole tab order is a loop or a modal dialog doing its job, then tries the
    /// usual ways out: Shift+Tab, and Escape followed by Tab.
    /// </summary>
    private static async Task<(WalkEnd End, KeyboardTrapProbe? Probe)> ProbeTrapAsync(IPage page, List<int> cycle, CancellationToken cancellationToken)
    {
        var json = await page.EvaluateAsync<string>(WalkScript.Trap, cycle).ConfigureAwait(false);
        var context = JsonSerializer.Deserialize<TrapContextJson>(json, Json) ?? throw new JsonException("no trap context");
        if (context.InDialog)
        {
            return (WalkEnd.DialogCycle, null);
        }

        if (cycle.Count >= context.Tabbable)
        {
            return (WalkEnd.ReturnedToStart, null);
        }

        var shiftTab = await LeavesAsync(page, "Shift+Tab", cycle, cycle.Count + 3, cancellationToken).ConfigureAwait(false);
        var escape = false;
        if (!shiftTab)
        {
            await page.Keyboard.PressAsync("Escape").ConfigureAwait(false);
            escape = await LeavesAsync(page, "Tab", cycle, cycle.Count + 2, cancellationToken).ConfigureAwait(false);
        }

        return (WalkEnd.Trapped, new KeyboardTrapProbe(context.Tabbable, shiftTab, escape, context.Editor));
    }

    private static async Task<bool> LeavesAsync(IPage page, string key, List<int> cycle, int presses, CancellationToken cancellationToken)
    {
        for (var i = 0; i < presses; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await page.Keyboard.PressAsync(key).ConfigureAwait(false);
            var stop = await MeasureAsync(page, measure: false).ConfigureAwait(false);
            if (stop.Id <= 0 || !cycle.Contains(stop.Id))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<StopJson> MeasureAsync(IPage page, bool measure)
    {
        var json = await page.EvaluateAsync<string>(WalkScript.Stop, measure).ConfigureAwait(false);
        return JsonSerializer.Deserialize<StopJson>(json, Json) ?? throw new JsonException("no stop");
    }

    private sealed record CompareJson(int Id, bool Unknown, IReadOnlyList<StyleChange>? Changes);

    private static async Task<Dictionary<int, IReadOnlyList<StyleChange>>> CompareAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>(WalkScript.Compare).ConfigureAwait(false);
        var results = JsonSerializer.Deserialize<List<CompareJson>>(json, Json) ?? [];
        return results.Where(r => !r.Unknown).ToDictionary(r => r.Id, r => r.Changes ?? []);
    }

    /// <summary>Would-be violations re-measured per walk; beyond this many, the others follow their verdict.</summary>
    private const int MaxConfirmations = 10;

    /// <summary>Long enough for focus styles set from a timer or the next frame, and for headers that react to scrolling.</summary>
    private const int ConfirmDelayMs = 100;

    private sealed record RecheckJson(int Id, bool Unknown, bool Visible, Coverage? Cover, IReadOnlyList<StyleChange>? Changes);

    /// <summary>
    /// Tabs onto each would-be violation again from the stop before it, waits a moment and measures again,
    /// so a focus style or header that settles a frame late is not reported as missing or covering.
    /// </summary>
    private static async Task<List<TabStop>> ConfirmAsync(IPage page, List<TabStop> stops, CancellationToken cancellationToken)
    {
        var candidates = stops.Select((stop, index) => (stop, index)).Where(x => x.stop.ShowsNoFocus || x.stop.EntirelyCovered).ToList();
        var allConfirmed = true;
        foreach (var (stop, index) in candidates.Take(MaxConfirmations))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await page.EvaluateAsync(WalkScript.Prepare, index > 0 ? stops[index - 1].Id : 0).ConfigureAwait(false);
            await page.Keyboard.PressAsync("Tab").ConfigureAwait(false);
            await page.WaitForTimeoutAsync(ConfirmDelayMs).ConfigureAwait(false);
            var json = await page.EvaluateAsync<string>(WalkScript.Recheck, stop.Id).ConfigureAwait(false);
            var again = JsonSerializer.Deserialize<RecheckJson>(json, Json) ?? throw new JsonException("no recheck");
            if (again.Unknown)
            {
                allConfirmed = false;
                stops[index] = stop with { Confirmed = false };
                continue;
            }

            stops[index] = stop with { Changes = again.Changes ?? [], Cover = again.Cover, Visible = again.Visible, Confirmed = true };
        }

        foreach (var (stop, index) in candidates.Skip(MaxConfirmations))
        {
            stops[index] = stop with { Confirmed = allConfirmed };
        }

        return stops;
    }

    private sealed record StopJson
    {
        public int Id { get; init; }
        public bool IsNew { get; init; }
        public double X { get; init; }
        public double Y { get; init; }
        public double W { get; init; }
        public double H { get; init; }
        public IReadOnlyList<string>? Selector { get; init; }
        public string? Html { get; init; }
        public string? Tag { get; init; }
        public string? Role { get; init; }
        public string? Kind { get; init; }
        public string? Href { get; init; }
        public bool Fixed { get; init; }
        public bool InDialog { get; init; }
        public bool InMain { get; init; }
        public bool Visible { get; init; }
        public Coverage? Cover { get; init; }

        public TabStop ToTabStop() => new()
        {
            Id = Id,
            Selector = Selector ?? [],
            Html = Html ?? "",
            Tag = Tag ?? "",
            Role = Role ?? "",
            Kind = Kind ?? "control",
            Href = Href,
            Fixed = Fixed,
            InDialog = InDialog,
            InMain = InMain,
            Visible = Visible,
            X = X,
            Y = Y,
            W = W,
            H = H,
            Cover = Cover,
        };
    }
}
