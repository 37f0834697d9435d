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
                walk = WalkAsync(page, oneKeyAtATime: false, cancellationToken);
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

    /// <summary>A fresh walk, not cached; <paramref name="oneKeyAtATime"/> measures after each press instead of in batches (tests compare the two).</summary>
    internal static async Task<KeyboardWalk> WalkAsync(IPage page, bool oneKeyAtATime, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await WalkCoreAsync(page, oneKeyAtATime, clock, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Presses beyond the page's own count of stops in a first batch: one to wrap, one to spare.</summary>
    private const int FirstBatchSlack = 2;

    /// <summary>Batch size once the page's count is used up (stops the count missed, or a frame's insides).</summary>
    private const int LaterBatch = 8;

    private static async Task<KeyboardWalk> WalkCoreAsync(IPage page, bool oneKeyAtATime, Stopwatch clock, CancellationToken cancellationToken)
    {
        await page.EvaluateAsync(WalkScript.Install).ConfigureAwait(false);
        var planJson = await page.EvaluateAsync<string>(WalkScript.Plan).ConfigureAwait(false);
        if (planJson.Length == 0 || JsonSerializer.Deserialize<WalkPlan>(planJson, Json) is not { } plan)
        {
            // The page went away (or navigated) right after the walk was installed.
            return KeyboardWalk.Failed(clock.Elapsed);
        }

        var progress = new WalkProgress();
        await using (var keys = oneKeyAtATime || plan.Frames ? null : await TabKeys.TryOpenAsync(page).ConfigureAwait(false))
        {
            if (keys is null)
            {
                await WalkOneByOneAsync(page, plan.Frames, progress, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await WalkInBatchesAsync(page, keys, plan.Stops, progress, cancellationToken).ConfigureAwait(false);
            }
        }

        if (progress.Failed)
        {
            return KeyboardWalk.Failed(clock.Elapsed);
        }

        var end = progress.End;
        var cycle = progress.Cycle;
        KeyboardTrapProbe? probe = null;
        if (cycle is not null)
        {
            (end, probe) = await ProbeTrapAsync(page, cycle, cancellationToken).ConfigureAwait(false);
        }

        var changes = await CompareAsync(page).ConfigureAwait(false);
        var measured = progress.Order.Select(s => s with { Changes = changes.GetValueOrDefault(s.Id) }).ToList();
        measured = await ConfirmAsync(page, measured, cancellationToken).ConfigureAwait(false);
        var byId = measured.ToDictionary(s => s.Id);
        return new KeyboardWalk
        {
            Stops = measured,
            End = end,
            Presses = progress.Presses,
            Duration = clock.Elapsed,
            Trap = probe is null ? null : new KeyboardTrap
            {
                Cycle = cycle!.Where(byId.ContainsKey).Select(id => byId[id]).ToList(),
                TabbableCount = probe.Tabbable,
                EscapesWithShiftTab = probe.ShiftTab,
                EscapesWithEscapeThenTab = probe.EscapeThenTab,
                IsEditor = probe.Editor,
                PressesBeforeTrap = progress.Presses,
            },
        };
    }

    /// <summary>
    /// Presses Tab in batches and reads the stops the page recorded (see WalkScript's record): a round trip per
    /// batch instead of three per press. The first batch covers the stops the page says it has, so most walks
    /// take one batch; presses sent after the walk ended only move focus on, as more presses would.
    /// </summary>
    private static async Task WalkInBatchesAsync(IPage page, TabKeys keys, int stops, WalkProgress progress, CancellationToken cancellationToken)
    {
        if (!await page.EvaluateAsync<bool>(WalkScript.Record).ConfigureAwait(false))
        {
            progress.Add(new WalkStop { Id = -1 });
            return;
        }

        var batch = Math.Clamp(stops + FirstBatchSlack, 1, MaxPresses);
        var sent = 0;
        var over = false;
        try
        {
            while (!over && sent < MaxPresses)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = Math.Min(batch, MaxPresses - sent);
                await keys.PressAsync(count, cancellationToken).ConfigureAwait(false);
                sent += count;
                batch = LaterBatch;
                var json = await page.EvaluateAsync<string>(WalkScript.Drain, false).ConfigureAwait(false);
                foreach (var stop in JsonSerializer.Deserialize<List<WalkStop>>(json, Json) ?? [])
                {
                    if (progress.Add(stop))
                    {
                        over = true;
                        break;
                    }
                }
            }
        }
        finally
        {
            await StopRecordingAsync(page).ConfigureAwait(false);
        }
    }

    private static async Task StopRecordingAsync(IPage page)
    {
        try
        {
            await page.EvaluateAsync<string>(WalkScript.Drain, true).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page went away: nothing is recording any more.
        }
    }

    /// <summary>Pauses between looks while focus may still be crossing into or out of a frame of another site.</summary>
    private const int FrameSettleMs = 30;

    private const int FrameSettleTries = 3;

    /// <summary>Nothing focused would end the walk, so that is looked at for longer (a busy machine crosses slowly).</summary>
    private const int LeftPageSettleTries = 10;

    /// <summary>
    /// One press, one measurement: for pages with frames, and where the browser offers no DevTools protocol.
    /// Focus crosses into and out of a frame of another site asynchronously, so on such pages a stop that shows
    /// nothing focused (which would end the walk) or the frame itself is looked at again after a pause.
    /// </summary>
    private static async Task WalkOneByOneAsync(IPage page, bool hasFrames, WalkProgress progress, CancellationToken cancellationToken)
    {
        var frames = new HashSet<int>();
        for (var presses = 0; presses < MaxPresses; presses++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await page.Keyboard.PressAsync("Tab").ConfigureAwait(false);
            var stop = await MeasureAsync(page, measure: true).ConfigureAwait(false);
            if (stop is { IsNew: true, Kind: "frame" })
            {
                frames.Add(stop.Id);
            }

            for (var tries = 0; hasFrames && tries < (stop.Id == 0 ? LeftPageSettleTries : FrameSettleTries) && (stop.Id == 0 || frames.Contains(stop.Id)); tries++)
            {
                await page.WaitForTimeoutAsync(FrameSettleMs).ConfigureAwait(false);
                var again = await MeasureAsync(page, measure: true).ConfigureAwait(false);
                if (again.Id == stop.Id)
                {
                    continue;
                }

                // Focus arrived somewhere else: that is where this press took it. A frame it passed on the way was
                // seen for the first time, so it keeps its place in the order.
                if (stop.IsNew && stop.Id > 0 && progress.Add(stop))
                {
                    return;
                }

                stop = again;
                if (again is { IsNew: true, Kind: "frame" })
                {
                    frames.Add(again.Id);
                }
            }

            if (progress.Add(stop))
            {
                return;
            }
        }
    }

    private sealed record WalkPlan(int Stops, bool Frames);

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

    private static async Task<WalkStop> MeasureAsync(IPage page, bool measure)
    {
        var json = await page.EvaluateAsync<string>(WalkScript.Stop, measure).ConfigureAwait(false);
        return JsonSerializer.Deserialize<WalkStop>(json, Json) ?? throw new JsonException("no stop");
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
}
