using A11yAudit.Browser.Check.Checks;

namespace A11yAudit.Tests.Checks;

public sealed class DocumentFormatTests
{
    private static readonly Uri Page = new("https://example.org/letters/");

    [TestCase("/files/letter.pdf", "", "PDF")]
    [TestCase("letter.PDF#page=2", "", "PDF")]
    [TestCase("/files/leaflet.docx?v=3", "", "Word")]
    [TestCase("https://cdn.example.org/prices.xlsx", "", "Excel")]
    [TestCase("slides.pptx", "", "PowerPoint")]
    [TestCase("minutes.odt", "", "OpenDocument text")]
    [TestCase("form.rtf", "", "RTF")]
    [TestCase("/download?id=42", "application/pdf", "PDF")]
    [TestCase("/download?id=43", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word")]
    public void DocumentLinksAreRecognised(string href, string type, string format) =>
        Assert.That(DocumentsLinkCheck_FormatOf(href, type), Is.EqualTo(format));

    [TestCase("/letters/appointment.html")]
    [TestCase("/pdf-help/")]
    [TestCase("/letters?format=pdf")]
    [TestCase("mailto:someone@example.org")]
    [TestCase("#top")]
    public void PagesAreNotDocuments(string href) => Assert.That(DocumentsLinkCheck_FormatOf(href, ""), Is.Null);

    [TestCase("Appointment letter (PDF, 120 KB)", true)]
    [TestCase("Leaflet (Word document)", true)]
    [TestCase("Download", false)]
    [TestCase("Wordsworth poems", false)]
    public void FormatInLinkTextIsRecognised(string name, bool says) => Assert.That(DocumentsLinkCheck.MentionsFormat(name), Is.EqualTo(says));

    private static string? DocumentsLinkCheck_FormatOf(string href, string type) => DocumentsLinkCheck.FormatOf(href, type, Page);
}
