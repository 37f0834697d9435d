using Microsoft.Extensions.Configuration;

namespace A11yAudit.Cli.Configuration;

/// <summary>
/// One source of settings (target file, environment, command line) kept as its own configuration root, so that
/// every problem can name where the offending value came from, not just the merged key.
/// </summary>
internal abstract class ConfigLayer(IConfigurationRoot root, string baseDirectory)
{
    public IConfigurationRoot Root { get; } = root;

    /// <summary>The folder relative paths given in this layer are resolved against.</summary>
    public string BaseDirectory { get; } = baseDirectory;

    /// <summary>Where <paramref name="path"/> is set, as the start of a message: "x.json: crawl:maxPages".</summary>
    public abstract string Locate(string path);

    /// <summary>Reports an unknown key at <paramref name="path"/>, in this layer's own spelling of keys.</summary>
    public abstract void ReportUnknown(string path, string? suggestion, IReadOnlyList<string> knownKeys, Problems problems);

    /// <summary>How to write a list in this layer, appended to "must be a list".</summary>
    public abstract string ListHint(string path);

    /// <summary>The message for a single value where <paramref name="shape"/> expects an object.</summary>
    public virtual string ObjectProblem(string path, ObjectShape shape) => "must be an object { … }";

    /// <summary>Whether this layer says anything about <paramref name="path"/> (a JSON null says nothing).</summary>
    public bool Defines(string path)
    {
        var section = Root.GetSection(path);
        return section.Value is not null || section.GetChildren().Any();
    }
}
