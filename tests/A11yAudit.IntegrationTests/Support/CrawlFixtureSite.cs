using A11yAudit.Cli.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace A11yAudit.IntegrationTests.Support;

/// <summary>The crawl fixture: static pages plus routes that misbehave (loops, hangs, off-scope redirects).</summary>
internal static class CrawlFixtureSite
{
    public static Task<LocalSiteServer> StartAsync() => LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"), routes =>
    {
        routes.MapGet("/loop", () => Results.Redirect("/loop2"));
        routes.MapGet("/loop2", () => Results.Redirect("/loop"));
        routes.MapGet("/redirect-in", () => Results.Redirect("/page-a.html"));
        routes.MapGet("/redirect-out", (HttpContext c) => Results.Redirect($"http://localhost:{c.Request.Host.Port}/outside.html"));
        routes.MapGet("/outside-link", (HttpContext c) => Results.Content(
            $"<!doctype html><html lang=\"en\"><head><title>Links out</title></head><body><main><h1>Links out</h1>" +
            $"<a href=\"http://localhost:{c.Request.Host.Port}/outside.html\">Another origin</a></main></body></html>",
            "text/html"));
        routes.MapGet("/outside.html", () => Results.Content("<!doctype html><title>outside</title>", "text/html"));
        routes.MapGet("/hang", () => Results.Content(
            "<!doctype html><html lang=\"en\"><head><title>Hangs</title></head><body><main><h1>Hangs</h1><img alt=\"\" src=\"/hang.png\"></main></body></html>",
            "text/html"));
        routes.MapGet("/hang-document", async (HttpContext c) =>
        {
            await Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Empty;
        });
        routes.MapGet("/hang.png", async (HttpContext c) =>
        {
            await Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Empty;
        });
        routes.MapPost("/beacon", () => Results.Ok());
        routes.MapPost("/submit", () => Results.Ok());
    });
}
