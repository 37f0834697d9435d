using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Pipeline;

/// <summary>Told about the crawl as it happens (console progress, logs). Called from several workers.</summary>
public interface IAuditProgress
{
    void PageStarted(string url);

    void PageFinished(PageResult page, CrawlCounts counts);

    void Info(string message);
}

/// <summary>Pages done, still queued or in flight, and failed, at one moment.</summary>
public readonly record struct CrawlCounts(int Done, int Pending, int Failed);

/// <summary>Progress that goes nowhere, for tests and library use.</summary>
public sealed class NullAuditProgress : IAuditProgress
{
    public static NullAuditProgress Instance { get; } = new();

    public void PageStarted(string url)
    {
    }

    public void PageFinished(PageResult page, CrawlCounts counts)
    {
    }

    public void Info(string message)
    {
    }
}
