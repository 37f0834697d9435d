namespace A11yAudit.Browser;

/// <summary>Browser errors carry call logs and stacks; people need the first line.</summary>
internal static class ErrorText
{
    public static string FirstLine(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
