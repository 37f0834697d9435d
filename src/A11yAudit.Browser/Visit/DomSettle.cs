namespace A11yAudit.Browser.Visit;

/// <summary>
/// After the load event, waits until the DOM has stopped changing for a short quiet window (client-side
/// rendering), capped by the network-idle timeout. An init script notes the time of the last DOM change
/// from the start, so a page that went quiet before load costs nothing, instead of the 500 ms Playwright's
/// "networkidle" always waits.
/// </summary>
internal static class DomSettle
{
    public const int QuietMilliseconds = 50;

    /// <summary>Installed per context: records when the document last changed.</summary>
    public const string InitScript = """
        (() => {
          if (window.top !== window || window.__a11yauditMutations) { return; }
          window.__a11yauditMutations = { last: performance.now() };
          new MutationObserver(() => { window.__a11yauditMutations.last = performance.now(); })
            .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        })();
        """;

    public const string Script = """
        ([quietMs, maxMs]) => new Promise(resolve => {
          const start = performance.now();
          const seen = window.__a11yauditMutations;
          if (seen && start - seen.last >= quietMs) { resolve(0); return; }
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
