using System.Text;

namespace A11yAudit.IntegrationTests.Ci;

/// <summary>
/// The CI fixture site's HTML for each variant. A build id stands for the bundler's output: it changes every
/// generated class name and id, and the churn build also writes attributes in reverse order.
/// </summary>
internal sealed class CiSitePages(CiSiteVariant variant)
{
    private bool Churn => variant == CiSiteVariant.Churn;

    /// <summary>What a CSS-in-JS library or bundler would generate for <paramref name="name"/> in this build.</summary>
    private string Hash(string name) => Churn
        ? name switch { "css" => "9qk2lm", "sc" => "XyZab", "jsx" => "987654", "module" => "Zx9Yw", "random" => "kLmNoP", _ => "7z8y9x" }
        : name switch { "css" => "1x2y3z", "sc" => "AbCdE", "jsx" => "123456", "module" => "aB3dE", "random" => "fGhIj", _ => "1a2b3c" };

    public string Home() => Page("Riverside surgery", $"""
        {Tag("img", ("src", $"/banner.svg?v={Hash("id")}"), ("class", $"css-{Hash("css")} banner"), ("width", "300"), ("height", "100"), ("alt", variant == CiSiteVariant.Fixed ? "Flu clinics are open" : null))}
        <p>Book an appointment or see your records.</p>
        """);

    public string Book() => Page("Book an appointment", $"""
        {Tag("p", ("class", $"hint jsx-{Hash("jsx")}"), ("id", $"hint-{Hash("id")}"), ("style", "color:#aaaaaa"))}Choose a time that suits you.</p>
        <p>Appointments are 10 minutes long.</p>
        """);

    public string Patient(int id) => Page($"Patient {id}", $"""
        <p>Notes for patient {id}.</p>
        <div class="Field_wrap__{Hash("module")}">
        {Tag("input", ("type", "text"), ("name", "note"), ("class", $"sc-{Hash("sc")} {Hash("random")}"), ("data-reactid", Churn ? "31" : "12"))}
        </div>
        """);

    public string Contact() => Page("Contact us", variant == CiSiteVariant.Regression
        ? $"""
          <p>Call 01234 567890.</p>
          {Tag("button", ("type", "button"), ("class", $"css-{Hash("css")} icon-button"))}<svg aria-hidden="true" width="16" height="16"><circle cx="8" cy="8" r="6"></circle></svg></button>
          """
        : "<p>Call 01234 567890.</p>");

    /// <summary>A sign-in page with nowhere to go: what a crawl of a site behind a login wall reaches.</summary>
    public static string SignInOnly() =>
        "<!doctype html><html lang=\"en\"><head><title>Sign in</title></head><body><main><h1>Sign in</h1><p>Please sign in to continue.</p></main></body></html>";

    private string Page(string title, string content)
    {
        // Tracking parameters on links are ignored by the crawler; their values differ per build.
        var track = Churn ? "?utm_source=build-b" : "";
        var sb = new StringBuilder()
            .Append("<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>").Append(title).Append("</title></head>\n<body>\n")
            .Append(Tag("header", ("class", $"Header_bar__{Hash("module")}"), ("id", $"top-{Hash("id")}"))).Append('\n')
            .Append("<nav aria-label=\"Main\"><ul>")
            .Append($"<li><a href=\"/{track}\">Home</a></li>")
            .Append($"<li><a href=\"/book{track}\">Book</a></li>")
            .Append($"<li><a href=\"/patients/1{track}\">Patient 1</a></li>")
            .Append($"<li><a href=\"/patients/2{track}\">Patient 2</a></li>")
            .Append($"<li><a href=\"/contact{track}\">Contact</a></li>")
            .Append("</ul></nav>\n</header>\n<main>\n<h1>").Append(title).Append("</h1>\n")
            .Append(Churn ? content.Replace("\n", "\n\n   ", StringComparison.Ordinal) : content)
            .Append("\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>An opening tag; the churn build writes its attributes in reverse order. Null values are left out.</summary>
    private string Tag(string name, params (string Name, string? Value)[] attributes)
    {
        var present = attributes.Where(a => a.Value is not null).ToList();
        if (Churn)
        {
            present.Reverse();
        }

        return "<" + name + string.Concat(present.Select(a => $" {a.Name}=\"{a.Value}\"")) + ">";
    }
}
