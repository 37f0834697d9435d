using A11yAudit.Cli.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace A11yAudit.IntegrationTests.Support;

/// <summary>The crawl fixture: static pages plus routes that misbehave (loops, hangs, off-scope redirects).</summary>
internal static class CrawlFixtureSite
{
    public static Task<LocalSiteServer> StartAsync()
    {
        var busyRequests = 0;
        return LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"), routes =>
    {
        // Too busy the first time (429, wait a second), fine after: the crawler should wait and fetch it again.
        routes.MapGet("/busy", (HttpContext c) =>
        {
            if (Interlocked.Increment(ref busyRequests) == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return Results.Content("<!doctype html><html lang=\"en\"><head><title>Slow down</title></head><body><h1>Too many requests</h1></body></html>", "text/html", statusCode: 429);
            }

            return Results.Content("<!doctype html><html lang=\"en\"><head><title>Busy page</title></head><body><main><h1>Busy page</h1></main></body></html>", "text/html");
        });

        // Asks for an hour: more than any page's time limit, so the answer stands.
        routes.MapGet("/overloaded", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "3600";
            return Results.Content("<!doctype html><html lang=\"en\"><head><title>Come back later</title></head><body><main><h1>Come back later</h1></main></body></html>", "text/html", statusCode: 429);
        });
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
}
