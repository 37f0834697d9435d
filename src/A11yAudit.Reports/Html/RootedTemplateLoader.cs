using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace A11yAudit.Reports.Html;

/// <summary>
/// Loads templates from one folder and nothing outside it. <c>include</c> names are relative to that folder
/// (whichever template includes them); absolute names, ".." that climbs out, and symbolic links that lead
/// out are refused, so a shared template folder cannot pull other files into a report.
/// </summary>
internal sealed class RootedTemplateLoader : ITemplateLoader
{
    public RootedTemplateLoader(string root)
    {
        var full = Path.GetFullPath(root);
        if (!Directory.Exists(full))
        {
            throw new ReportTemplateException($"The report template folder {full} does not exist.");
        }

        Root = RealPath.Resolve(full);
    }

    /// <summary>The folder's real path (symbolic links resolved).</summary>
    public string Root { get; }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        // A ScriptRuntimeException carries the include's file, line and column into the error message.
        return TryResolve(templateName, out var path, out var error)
            ? path
            : throw new ScriptRuntimeException(callerSpan, error);
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Read(templatePath));

    /// <summary>Finds a template by its name relative to the folder, or says why it may not be used.</summary>
    public bool TryResolve(string templateName, out string path, out string error)
    {
        path = "";
        var name = (templateName ?? "").Replace('\\', '/');
        if (name.Trim().Length == 0)
        {
            error = "A template name is empty.";
            return false;
        }

        // ':' covers Windows drives ("C:x") and URL-like names; neither belongs in a template folder.
        if (name.StartsWith('/') || Path.IsPathRooted(name) || name.Contains(':') || name.Contains('\0'))
        {
            error = $"Template \"{templateName}\" is an absolute path; include templates by a path relative to the template folder.";
            return false;
        }

        var lexical = Path.GetFullPath(Path.Join(Root, name));
        if (!RealPath.IsWithin(lexical, Root))
        {
            error = $"Template \"{templateName}\" is outside the template folder {Root}.";
            return false;
        }

        string real;
        try
        {
            real = RealPath.Resolve(lexical);
        }
        catch (IOException ex)
        {
            error = $"Template \"{templateName}\" cannot be resolved: {ex.Message}";
            return false;
        }

        if (!RealPath.IsWithin(real, Root))
        {
            error = $"Template \"{templateName}\" is a symbolic link to {real}, outside the template folder {Root}.";
            return false;
        }

        if (!File.Exists(real))
        {
            error = $"Template \"{templateName}\" was not found in the template folder {Root}.";
            return false;
        }

        path = real;
        error = "";
        return true;
    }

    /// <summary>A path as a template author thinks of it: relative to the folder, with '/'.</summary>
    public string Display(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "(template)";
        }

        var full = Path.GetFullPath(path);
        return RealPath.IsWithin(full, Root)
            ? Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/')
            : full;
    }

    /// <summary>Template text with '\n' line ends, so a template saved on Windows renders the same report.</summary>
    public static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
}
