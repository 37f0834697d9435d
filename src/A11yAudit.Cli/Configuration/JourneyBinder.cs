using A11yAudit.Core.Options;

namespace A11yAudit.Cli.Configuration;

/// <summary>journeys: named user tasks whose pages are scored together.</summary>
internal static class JourneyBinder
{
    public static readonly IReadOnlyList<string> Weights = ["critical", "important", "other"];

    public static IReadOnlyList<JourneyOptions> Bind(SettingReader s, bool served, Uri? firstStartUrl)
    {
        if (s.Problems.IsBroken("journeys"))
        {
            return [];
        }

        var journeys = new List<JourneyOptions>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var index in s.ChildKeys("journeys").Where(ValueParsing.IsListIndex).OrderBy(ValueParsing.ListIndex))
        {
            var path = $"journeys:{index}";
            if (s.Problems.IsBroken(path))
            {
                continue;
            }

            var name = s.Text($"{path}:name");
            if (name is null)
            {
                s.Report($"{path}:name", "is required: every journey needs a name");
            }
            else if (!names.Add(name))
            {
                s.Report($"{path}:name", $"another journey is already called {ValueParsing.Show(name)}; names must be unique");
            }

            var weight = s.Text($"{path}:weight")?.ToLowerInvariant() ?? "important";
            if (!Weights.Contains(weight))
            {
                s.Report($"{path}:weight", $"must be one of {string.Join(", ", Weights)} (got {ValueParsing.Show(s.Text($"{path}:weight")!)})");
            }

            if (s.List($"{path}:steps") is not { Count: > 0 } && !s.Problems.IsBroken($"{path}:steps"))
            {
                s.Report($"{path}:steps", "a journey needs at least one step (a URL, a root-relative path or a ^regular expression)");
            }

            var steps = ScopeBinder.Items(s, $"{path}:steps", text => (UrlRules.JourneyStep(text, served, firstStartUrl, out var step), step));

            if (name is not null && steps is { Count: > 0 })
            {
                journeys.Add(new JourneyOptions { Name = name, Weight = weight, Steps = steps });
            }
        }

        return journeys;
    }
}
