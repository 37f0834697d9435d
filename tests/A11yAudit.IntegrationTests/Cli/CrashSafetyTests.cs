using System.Diagnostics;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace A11yAudit.IntegrationTests.Cli;

/// <summary>Killing the process mid-run keeps every finished page in pages.jsonl.</summary>
public sealed class CrashSafetyTests
{
    [Test]
    public async Task PagesJsonlHoldsEveryFinishedPageWhenTheProcessIsKilled()
    {
        // An endless chain of slowish pages, so the audit is surely still running when it is killed.
        await using var server = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"), routes =>
            routes.MapGet("/chain/{n:int}", async (int n) =>
            {
                await Task.Delay(150);
                return Results.Content(
                    $"<!doctype html><html lang=\"en\"><head><title>Step {n}</title></head><body><main><h1>Step {n}</h1>" +
                    $"<a href=\"/chain/{n + 1}\">Next</a><a href=\"/chain/{n + 1000}\">Other</a></main></body></html>", "text/html");
            }));
        var output = RepoPaths.NewTempDirectory();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { CliRunner.CliAssembly, "audit", "--url", new Uri(server.BaseUrl, "/chain/0").AbsoluteUri, "--out", output, "--max-pages", "500", "--max-depth", "500", "--concurrency", "1" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        // Read the pipes in the background; browser helper processes may hold them open after the kill.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var jsonl = Path.Combine(output, PagesJsonlWriter.FileName);

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !process.HasExited && (!File.Exists(jsonl) || CountLines(jsonl) < 3))
        {
            await Task.Delay(100);
        }

        Assert.That(process.HasExited, Is.False, $"the audit ended before it could be killed: {(process.HasExited ? await stderr : "")}");
        process.Kill(entireProcessTree: true);
        Assert.That(process.WaitForExit(30_000), Is.True, "the killed process did not exit");

        var pages = PagesJsonlWriter.Read(jsonl).ToList();
        var lines = CountLines(jsonl);
        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(pages, Has.Count.EqualTo(lines), "every line is a whole page");
            Assert.That(pages.Select(p => p.Url).Distinct().Count(), Is.EqualTo(pages.Count));
            Assert.That(pages.All(p => p.Title?.StartsWith("Step ", StringComparison.Ordinal) == true), Is.True);
        });
    }

    private static int CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is { Length: > 0 })
        {
            count++;
        }

        return count;
    }
}
