using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace A11yAudit.Cli.Serving;

/// <summary>
/// Serves a folder (the bundled demo, a team's static build, a test fixture) on 127.0.0.1 with a free
/// port, in-process with Kestrel. Keeps a log of every request so tests can prove what the crawler asked for.
/// </summary>
public sealed class LocalSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests;

    private LocalSiteServer(WebApplication app, Uri baseUrl, ConcurrentQueue<string> requests)
    {
        _app = app;
        BaseUrl = baseUrl;
        _requests = requests;
    }

    public Uri BaseUrl { get; }

    /// <summary>"METHOD /path?query" for every request received, in order.</summary>
    public IReadOnlyList<string> RequestLog => _requests.ToList();

    /// <summary>Starts serving <paramref name="root"/>; <paramref name="configureRoutes"/> adds extra endpoints (tests).</summary>
    public static async Task<LocalSiteServer> StartAsync(string root, Action<IEndpointRouteBuilder>? configureRoutes = null, CancellationToken cancellationToken = default)
    {
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            throw new DirectoryNotFoundException($"The folder to serve does not exist: {fullRoot}");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = fullRoot, WebRootPath = fullRoot, ApplicationName = "A11yAudit.LocalSite" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddRouting();
        var app = builder.Build();

        var requests = new ConcurrentQueue<string>();
        app.Use(async (context, next) =>
        {
            requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            await next(context).ConfigureAwait(false);
        });
        app.UseRouting();
        configureRoutes?.Invoke(app);

        var files = new PhysicalFileProvider(fullRoot);
        var contentTypes = new FileExtensionContentTypeProvider();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = contentTypes, ServeUnknownFileTypes = false });

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalSiteServer(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"), requests);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
