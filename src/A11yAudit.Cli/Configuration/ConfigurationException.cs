namespace A11yAudit.Cli.Configuration;

/// <summary>
/// The audit configuration cannot be used. <see cref="Exception.Message"/> is the complete text for the user:
/// one problem per line, each naming where it came from (file and key, environment variable or option).
/// </summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException()
        : this(["the audit configuration is not valid"])
    {
    }

    public ConfigurationException(string message)
        : this([message])
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public ConfigurationException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Each problem on its own, in the order found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
