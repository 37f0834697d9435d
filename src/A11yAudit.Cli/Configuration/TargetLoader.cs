using A11yAudit.Core.Options;
using Microsoft.Extensions.Configuration;

namespace A11yAudit.Cli.Configuration;

/// <summary>
/// Builds the validated <see cref="AuditOptions"/> from a target file, A11YAUDIT_* environment variables and
/// command-line overrides, in that order of precedence. The format is documented in docs/configuration.md.
/// </summary>
public static class TargetLoader
{
    /// <param name="targetFile">The target JSON file, or null for an ad-hoc audit of <see cref="CliOverrides.Url"/>.</param>
    /// <param name="overrides">Command-line settings; they win over everything else.</param>
    /// <param name="environment">Environment variables; null reads the process environment.</param>
    /// <param name="currentDirectory">Base for command-line and environment paths and for the output folder; null is the process's.</param>
    /// <exception cref="ConfigurationException">Anything is wrong; the message lists every problem found.</exception>
    public static AuditOptions Load(
        string? targetFile,
        CliOverrides overrides,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? currentDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var cwd = Path.GetFullPath(currentDirectory ?? Environment.CurrentDirectory);
        var problems = new Problems();

        TargetFileLayer? file = null;
        if (!string.IsNullOrWhiteSpace(targetFile))
        {
            file = TargetFileLayer.Load(targetFile, cwd, problems);
            problems.ThrowIfAny(); // nothing else is worth checking against a file we could not read
        }
        else if (string.IsNullOrWhiteSpace(overrides.Url))
        {
            throw new ConfigurationException(
                $"no audit target: give a target file (such as audit-targets/demo.json) or {CliOverrides.UrlOption} with the address to audit");
        }

        var env = EnvironmentLayer.Read(environment ?? EnvironmentLayer.ProcessVariables(), cwd, problems);
        var commandLine = CommandLineLayer.From(overrides, cwd);
        var layers = new List<ConfigLayer>();
        if (file is not null)
        {
            layers.Add(file);
        }

        layers.Add(env);
        layers.Add(commandLine);

        foreach (var layer in layers)
        {
            ShapeCheck.Run(layer, problems);
        }

        // Precedence is configuration's own: later sources win, key by key.
        var builder = new ConfigurationBuilder();
        foreach (var layer in layers)
        {
            builder.AddConfiguration(layer.Root);
        }

        var reader = new SettingReader(builder.Build(), layers, (ConfigLayer?)file ?? commandLine, problems);
        var options = TargetBinder.Bind(reader, file, commandLine, overrides, cwd);
        problems.ThrowIfAny();
        return options;
    }
}
