namespace A11yAudit.Browser.Visit;

/// <summary>
/// After the load event, waits until the DOM has stopped changing for a short quiet window (client-side
/// rendering), capped by the network-idle timeout. A static page costs one quiet window, not the 500 ms
/// Playwright's "networkidle" always waits.
/// </summary>
internal static class DomSettle
{
    public const int QuietMilliseconds = 50;

    public const string Script = """
        ([quietMs, maxMs]) => new Promise(resolve => {
          const start = performance.now();
          let timer;
          const done = () => { observer.disconnect(); clearTimeout(timer); resolve(performance.now() - start); };
          const observer = new MutationObserver(() => {
            clearTimeout(timer);
            if (performance.now() - start >= maxMs) { done(); } else { timer = setTimeout(done, quietMs); }
          });
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          timer = setTimeout(done, quietMs);
          setTimeout(done, maxMs);
        })
        """;
}
