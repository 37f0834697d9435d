using A11yAudit.Cli.Configuration;
using A11yAudit.Core.Urls;

namespace A11yAudit.Cli.Commands;

/// <summary>A plain list of URLs, one per line (# comments and blank lines allowed), as `discover` writes it.</summary>
internal static class UrlListFile
{
    public static IReadOnlyList<Uri> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"URL list not found: {path}");
        }

        var urls = new List<Uri>();
        var problems = new List<string>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Uri.TryCreate(line, UriKind.Absolute, out var url) && UrlNormalizer.IsHttp(url))
            {
                urls.Add(url);
            }
            else
            {
                problems.Add($"{path}:{lineNumber}: '{line}' is not an absolute http(s) URL");
            }
        }

        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }

        return urls.Count > 0 ? urls : throw new ConfigurationException($"{path}: the URL list is empty");
    }

    public static async Task WriteAsync(string path, IEnumerable<string> urls, string header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllLinesAsync(path, urls.Prepend("# " + header)).ConfigureAwait(false);
    }
}
