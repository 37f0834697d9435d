using System.Globalization;

namespace A11yAudit.Cli.Configuration;

/// <summary>
/// Text → value conversions shared by the shape check and the binder. Configuration values are all text;
/// doing this here (not in the binder) keeps .NET type names out of the user's messages.
/// </summary>
internal static class ValueParsing
{
    public static bool TryWholeNumber(string text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryTrueFalse(string text, out bool value) => bool.TryParse(text.Trim(), out value);

    public static bool IsListIndex(string key) =>
        key.Length > 0 && key.All(char.IsAsciiDigit) && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    public static int ListIndex(string key) => int.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>How a value is quoted in messages: numbers as they are, text in quotes.</summary>
    public static string Show(string text) => $"'{text}'";

    public static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
