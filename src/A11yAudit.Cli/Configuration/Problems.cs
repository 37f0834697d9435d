namespace A11yAudit.Cli.Configuration;

/// <summary>Collects every configuration problem so the user can fix them all in one go, not one per run.</summary>
internal sealed class Problems
{
    private readonly List<string> _lines = [];
    private readonly HashSet<string> _brokenKeys = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => _lines.Count > 0;

    public void Add(string location, string message) => _lines.Add($"{location}: {message}");

    /// <summary>Records a problem with the value at <paramref name="key"/>, so later checks do not pile on the same key.</summary>
    public void Add(string location, string message, string key)
    {
        Add(location, message);
        _brokenKeys.Add(key);
    }

    public bool IsBroken(string key) => _brokenKeys.Contains(key);

    public void ThrowIfAny()
    {
        if (_lines.Count > 0)
        {
            throw new ConfigurationException(_lines.ToList());
        }
    }
}
