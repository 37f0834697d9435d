using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace A11yAudit.Cli.Configuration;

/// <summary>The target JSON file: the lowest-precedence layer. Relative input paths in it are relative to its folder.</summary>
internal sealed class TargetFileLayer : ConfigLayer
{
    private TargetFileLayer(IConfigurationRoot root, string displayPath, string fullPath)
        : base(root, Path.GetDirectoryName(fullPath)!)
    {
        DisplayPath = displayPath;
        FullPath = fullPath;
    }

    /// <summary>The path as the user gave it, so messages read like their own command.</summary>
    public string DisplayPath { get; }

    public string FullPath { get; }

    /// <summary>Reads and parses the file; null (with the reason in <paramref name="problems"/>) when it cannot be used.</summary>
    public static TargetFileLayer? Load(string targetFile, string currentDirectory, Problems problems)
    {
        var fullPath = Path.GetFullPath(targetFile, currentDirectory);
        if (!File.Exists(fullPath))
        {
            var shown = fullPath == targetFile ? targetFile : $"{targetFile} ({fullPath})";
            problems.Add("target file not found", shown);
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(targetFile, $"cannot read the file: {e.Message}");
            return null;
        }

        if (Encoding.UTF8.GetString(bytes).Trim().Trim('\uFEFF').Length == 0)
        {
            problems.Add(targetFile, "the file is empty; expected a JSON object such as { \"startUrls\": [\"https://example.org/\"] }");
            return null;
        }

        try
        {
            // A stream, not AddJsonFile: we already know the file exists, and the parser's errors arrive unwrapped.
            var root = new ConfigurationBuilder().AddJsonStream(new MemoryStream(bytes)).Build();
            return new TargetFileLayer(root, targetFile, fullPath);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidDataException)
        {
            problems.Add(targetFile, DescribeParseError(e));
            return null;
        }
    }

    public override string Locate(string path) => path.Length == 0 ? DisplayPath : $"{DisplayPath}: {path}";

    public override void ReportUnknown(string path, string? suggestion, IReadOnlyList<string> knownKeys, Problems problems) =>
        problems.Add(Locate(path), suggestion is not null
            ? $"unknown key (did you mean '{suggestion}'?)"
            : $"unknown key (known keys here: {string.Join(", ", knownKeys)})");

    public override string ListHint(string path) => "write it as [ \"…\", \"…\" ]";

    private static string DescribeParseError(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is JsonException json)
            {
                // The parser appends "LineNumber: 3 | BytePositionInLine: 4." (both zero-based); say it the human way.
                var message = json.Message;
                var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                if (cut >= 0)
                {
                    message = message[..cut];
                }

                var where = json.LineNumber is { } line
                    ? $"line {line + 1}, position {(json.BytePositionInLine ?? 0) + 1}: "
                    : string.Empty;
                return $"{where}invalid JSON: {message}";
            }
        }

        // Duplicate keys (keys are case-insensitive) and a top level that is not an object arrive as plain messages.
        return $"invalid JSON: {e.Message}";
    }
}
