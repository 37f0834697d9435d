using A11yAudit.Cli.Serving;
using A11yAudit.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace A11yAudit.IntegrationTests.Ci;

/// <summary>The CI fixture site served in-process; each request is answered from the variant set at that moment.</summary>
internal sealed class CiFixtureSite : IAsyncDisposable
{
    private readonly LocalSiteServer _server;

    private CiFixtureSite(LocalSiteServer server)
    {
        _server = server;
    }

    public CiSiteVariant Variant { get; set; }

    public Uri BaseUrl => _server.BaseUrl;

    public static async Task<CiFixtureSite> StartAsync()
    {
        CiFixtureSite? site = null;
        var server = await LocalSiteServer.StartAsync(RepoPaths.Fixture("ci"), routes =>
        {
            IResult Html(Func<CiSitePages, string> page) => Results.Content(page(new CiSitePages(site!.Variant)), "text/html; charset=utf-8");
            routes.MapGet("/", () => Html(p => p.Home()));
            routes.MapGet("/book", () => Html(p => p.Book()));
            routes.MapGet("/patients/{id:int}", (int id) => Html(p => p.Patient(id)));
            routes.MapGet("/contact", () => Html(p => p.Contact()));
            routes.MapGet("/sign-in", () => Results.Content(CiSitePages.SignInOnly(), "text/html; charset=utf-8"));
        });
        site = new CiFixtureSite(server);
        return site;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
