using System.Reflection;
using System.Text.RegularExpressions;

namespace A11yAudit.Browser.Check.Axe;

/// <summary>
/// The axe-core script shipped inside Deque.AxeCore.Commons, read once per process (the Deque wrapper
/// re-reads its 650 KB on every scan).
/// </summary>
public static partial class AxeScript
{
    private const string ResourceName = "Deque.AxeCore.Commons.Resources.axe.min.js";

    private static readonly Lazy<string> Source = new(Load);

    public static string Text => Source.Value;

    /// <summary>The axe-core version, read from the script's banner ("axe v4.14.0").</summary>
    public static string Version => VersionPattern().Match(Text) is { Success: true } m ? m.Groups[1].Value : "unknown";

    [GeneratedRegex(@"axe v(\d+\.\d+\.\d+)")]
    private static partial Regex VersionPattern();

    /// <summary>A script embedded in this assembly (the tool's own in-page scripts that are too long to inline).</summary>
    internal static string Resource(string name) => ReadResource(typeof(AxeScript).Assembly, name);

    private static string Load() => ReadResource(typeof(Deque.AxeCore.Commons.AxeResult).Assembly, ResourceName);

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Installed in every frame at document creation: axe itself, then permission to talk to frames of any
    /// origin so cross-origin iframes are scanned too.
    /// </summary>
    public static string InitScript => InitScriptSource.Value;

    private static readonly Lazy<string> InitScriptSource = new(() =>
        "(() => { if (window.axe) { return; }\n" + Text +
        "\n;try { window.axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] }); } catch (e) { } })();");
}
