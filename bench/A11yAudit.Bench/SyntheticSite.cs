using System.Globalization;
using System.Text;

namespace A11yAudit.Bench;

/// <summary>
/// A synthetic health-service site: N pages from a few templates (article, form, table, listing), each with
/// header, navigation, breadcrumbs, footer and 1,000–3,000 DOM nodes, and some deliberate defects.
/// Deterministic for a given page number, so every mode audits identical pages.
/// </summary>
internal static class SyntheticSite
{
    private static readonly string[] Conditions =
    [
        "Asthma", "Back pain", "Chickenpox", "Diabetes", "Eczema", "Flu", "Gout", "Hay fever", "Insomnia", "Migraine",
        "Norovirus", "Psoriasis", "Scarlet fever", "Shingles", "Tonsillitis", "Urinary tract infection",
    ];

    /// <param name="heavyChrome">A mega-menu and a large footer (about 400 more nodes in the shared regions), as big health sites have.</param>
    /// <param name="sameChrome">The header's links the same on every page (as on most sites) rather than varying with the page.</param>
    /// <param name="assets">Subresources per page (see <see cref="SiteAssets"/>); 0 keeps everything inline.</param>
    public static string Page(int n, int pageCount, bool heavyChrome = false, bool sameChrome = false, int assets = 0)
    {
        var template = n % 4;
        var title = $"{Conditions[n % Conditions.Length]} – page {n} – Riverside Health";
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>").Append(title).Append("</title><style>").Append(Css).Append("</style>").Append(assets > 0 ? SiteAssets.HeadLinks : "").Append("</head><body>");
        sb.Append("<a class=\"skip\" href=\"#main\">Skip to main content</a>");
        sb.Append("<header class=\"site-header\"><div class=\"wrap\"><a class=\"logo\" href=\"/page/0\">Riverside Health</a>");
        sb.Append("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\"><label for=\"q\">Search</label><input id=\"q\" name=\"q\" type=\"search\"><button type=\"submit\">Search</button></form></div>");
        sb.Append("<nav aria-label=\"Primary\"><ul>");
        foreach (var item in new[] { "Health A to Z", "Live well", "Mental health", "Care and support", "Pregnancy", "NHS services", "Your account" })
        {
            sb.Append("<li><a href=\"/page/").Append(((sameChrome ? 0 : n) + item.Length) % pageCount).Append("\">").Append(item).Append("</a></li>");
        }

        sb.Append("</ul>");
        if (heavyChrome)
        {
            // A mega-menu: 8 sections of 12 links, as on large health sites.
            LinkGroups(sb, pageCount, "mega", "h2", "Section", groups: 8, links: 12, "Topic");
        }

        sb.Append("</nav></header>");
        sb.Append("<nav aria-label=\"Breadcrumb\" class=\"crumbs\"><ol><li><a href=\"/page/0\">Home</a></li><li><a href=\"/page/1\">Health A to Z</a></li></ol></nav>");
        sb.Append("<main id=\"main\" class=\"wrap\"><h1>").Append(Conditions[n % Conditions.Length]).Append("</h1>");
        sb.Append("<p class=\"lede\">Find out about symptoms, causes and treatments, and when to get help.</p>");
        for (var i = 0; i < SiteAssets.ImagesPerPage(assets); i++)
        {
            sb.Append("<img src=\"").Append(SiteAssets.ImageUrl(n, i)).Append("\" alt=\"Illustration ").Append(i + 1).Append("\" width=\"64\" height=\"64\">");
        }

        switch (template)
        {
            case 0:
                Article(sb, n);
                break;
            case 1:
                Form(sb, n);
                break;
            case 2:
                Table(sb, n);
                break;
            default:
                Listing(sb, n, pageCount);
                break;
        }

        // Links onward so a crawl discovers the whole site.
        sb.Append("<h2>Related pages</h2><ul class=\"related\">");
        for (var i = 1; i <= 6; i++)
        {
            var target = (n * 7 + i * 13) % pageCount;
            sb.Append("<li><a href=\"/page/").Append(target).Append("\">").Append(Conditions[target % Conditions.Length]).Append(" (page ").Append(target).Append(")</a></li>");
        }

        sb.Append("<li><a href=\"/page/").Append((n + 1) % pageCount).Append("\">Next page</a></li></ul>");
        sb.Append("</main><footer class=\"site-footer\"><div class=\"wrap\"><h2 class=\"visually-hidden\">Support links</h2><ul>");
        foreach (var item in new[] { "Accessibility statement", "Contact us", "Cookies", "Privacy", "Terms and conditions", "Complaints" })
        {
            sb.Append("<li><a href=\"/page/").Append(item.Length % pageCount).Append("\">").Append(item).Append("</a></li>");
        }

        sb.Append("</ul>");
        if (heavyChrome)
        {
            LinkGroups(sb, pageCount, "footer-column", "h3", "More", groups: 4, links: 10, "Footer link");
        }

        sb.Append("<p>© Riverside Health</p></div></footer></body></html>");
        return sb.ToString();
    }

    /// <summary>Headed lists of links (a mega-menu's sections, a big footer's columns) for --heavy-chrome.</summary>
    private static void LinkGroups(StringBuilder sb, int pageCount, string cssClass, string heading, string groupName, int groups, int links, string linkName)
    {
        for (var group = 0; group < groups; group++)
        {
            sb.Append("<div class=\"").Append(cssClass).Append("\"><").Append(heading).Append('>').Append(groupName).Append(' ').Append(group + 1).Append("</").Append(heading).Append("><ul>");
            for (var link = 0; link < links; link++)
            {
                sb.Append("<li><a href=\"/page/").Append((group * links + link) % pageCount).Append("\">").Append(linkName).Append(' ').Append(group + 1).Append('.').Append(link + 1).Append("</a></li>");
            }

            sb.Append("</ul></div>");
        }
    }

    private static void Article(StringBuilder sb, int n)
    {
        for (var s = 0; s < 12; s++)
        {
            sb.Append("<section><h2>Section ").Append(s + 1).Append("</h2>");
            for (var p = 0; p < 4; p++)
            {
                sb.Append("<p>Most people feel better within a week. <strong>Rest</strong>, drink plenty of fluids and take <a href=\"/page/")
                    .Append((n + s + p) % 50).Append("\">paracetamol or ibuprofen</a> if you need to. Ask a pharmacist for advice.</p>");
            }

            sb.Append("<ul>");
            for (var li = 0; li < 6; li++)
            {
                sb.Append("<li>a high temperature or feeling hot and shivery, item ").Append(li).Append("</li>");
            }

            sb.Append("</ul>");
            if (s % 4 == 0)
            {
                // Defect on some pages: an image without alternative text.
                sb.Append(n % 3 == 0 ? "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" width=\"40\" height=\"40\">" : "<img alt=\"\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" width=\"40\" height=\"40\">");
            }

            sb.Append("</section>");
        }
    }

    private static void Form(StringBuilder sb, int n)
    {
        sb.Append("<form action=\"/submit\" method=\"post\"><fieldset><legend>Your details</legend>");
        for (var f = 0; f < 30; f++)
        {
            var id = "f" + f.ToString(CultureInfo.InvariantCulture);
            if (n % 5 == 1 && f == 3)
            {
                // Defect: an input without a label.
                sb.Append("<div class=\"field\"><input id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" type=\"text\"></div>");
                continue;
            }

            sb.Append("<div class=\"field\"><label for=\"").Append(id).Append("\">Question ").Append(f + 1).Append("</label><span class=\"hint\">For example, 15 3 1984</span><input id=\"")
                .Append(id).Append("\" name=\"").Append(id).Append("\" type=\"text\" autocomplete=\"off\"></div>");
        }

        sb.Append("<div class=\"field\"><fieldset><legend>Are you registered with a GP?</legend>");
        for (var r = 0; r < 3; r++)
        {
            sb.Append("<input type=\"radio\" name=\"gp\" id=\"gp").Append(r).Append("\"><label for=\"gp").Append(r).Append("\">Option ").Append(r + 1).Append("</label>");
        }

        sb.Append("</fieldset></div><button type=\"submit\">Continue</button></fieldset></form>");
    }

    private static void Table(StringBuilder sb, int n)
    {
        sb.Append("<table><caption>Test results</caption><thead><tr><th scope=\"col\">Test</th><th scope=\"col\">Result</th><th scope=\"col\">Range</th><th scope=\"col\">Date</th></tr></thead><tbody>");
        for (var r = 0; r < 60; r++)
        {
            sb.Append("<tr><td>Haemoglobin ").Append(r).Append("</td><td>13.").Append(r % 10).Append(" g/dL</td><td>13.0–17.0</td><td>1 March 2026</td></tr>");
        }

        sb.Append("</tbody></table>");
        if (n % 4 == 2)
        {
            // Defect: low-contrast text.
            sb.Append("<p style=\"color:#aaa\">Results are checked by a clinician before they are shown.</p>");
        }
    }

    private static void Listing(StringBuilder sb, int n, int pageCount)
    {
        sb.Append("<ul class=\"cards\">");
        for (var c = 0; c < 40; c++)
        {
            var target = (n + c * 3) % pageCount;
            sb.Append("<li class=\"card\"><h2><a href=\"/page/").Append(target).Append("\">").Append(Conditions[target % Conditions.Length]).Append("</a></h2><p>Symptoms, treatment and when to see a GP.</p>");
            sb.Append(c == 0 && n % 2 == 1 ? "<button class=\"icon\"><svg aria-hidden=\"true\" width=\"16\" height=\"16\"><circle cx=\"8\" cy=\"8\" r=\"6\"/></svg></button>" : "<button class=\"icon\" aria-label=\"Save\"><svg aria-hidden=\"true\" width=\"16\" height=\"16\"><circle cx=\"8\" cy=\"8\" r=\"6\"/></svg></button>");
            sb.Append("</li>");
        }

        sb.Append("</ul>");
    }

    private const string Css =
        "body{margin:0;font-family:Arial,sans-serif;font-size:19px;line-height:1.47;color:#212b32;background:#f0f4f5}" +
        ".wrap{max-width:960px;margin:0 auto;padding:0 16px}.site-header{background:#005eb8;color:#fff;padding:12px 0}" +
        ".site-header a{color:#fff}.logo{font-weight:700;font-size:24px}.search label{color:#fff;margin-right:8px}" +
        "nav ul,.crumbs ol,.site-footer ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:12px}" +
        "a{color:#005eb8}a:focus{outline:3px solid #ffeb3b;background:#ffeb3b;color:#212b32}.skip{position:absolute;left:-9999px}" +
        ".skip:focus{left:8px;top:8px}.field{margin:16px 0}.hint{display:block;color:#4c6272}input{display:block;font-size:19px;padding:4px;border:2px solid #4c6272}" +
        "button{background:#007f3b;color:#fff;border:0;padding:8px 16px;font-size:19px;min-height:44px;min-width:44px}" +
        "table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #d8dde0;text-align:left;padding:8px}" +
        ".cards{list-style:none;padding:0;display:grid;gap:16px}.card{background:#fff;padding:16px}.site-footer{background:#e8edee;padding:24px 0;margin-top:48px}" +
        ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}";
}
