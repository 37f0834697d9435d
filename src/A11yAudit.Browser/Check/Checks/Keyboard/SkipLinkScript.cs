namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>In-page steps of the skip-link check.</summary>
internal static class SkipLinkScript
{
    /// <summary>Argument: the link's selector. Where its fragment points, and whether that exists.</summary>
    public static readonly string Inspect = KeyboardScript.Function("selector", """
  const link = document.querySelector(selector);
  if (!link || !link.href) { return JSON.stringify({ found: false }); }
  const url = new URL(link.href, location.href);
  const here = new URL(location.href);
  const sameDocument = url.origin === here.origin && url.pathname === here.pathname && url.search === here.search;
  let fragment = url.hash.slice(1);
  try { fragment = decodeURIComponent(fragment); } catch (e) { /* keep it raw */ }
  // "#", "#top" and router paths ("#/home", "#!/home") are not skip links.
  const routeOrTop = fragment === '' || fragment.toLowerCase() === 'top' || /^[!/]/.test(fragment);
  const target = fragment ? (document.getElementById(fragment) || document.getElementsByName(fragment)[0] || null) : null;
  const text = (link.textContent || '').trim().replace(/\s+/g, ' ');
  return JSON.stringify({
    found: true,
    sameDocument,
    routeOrTop,
    fragment,
    text: text.slice(0, 80),
    targetFound: !!target,
    targetSelector: target ? kb.selector(target) : null,
    targetRendered: target ? kb.rendered(target) : false,
  });
""");

    /// <summary>Argument: the link's selector. Focuses it (as the first Tab press would) and returns the URL to restore.</summary>
    public static readonly string Prepare = KeyboardScript.Function("selector", """
  const link = document.querySelector(selector);
  kb.resetFocusStart();
  if (link) { link.focus(); }
  return JSON.stringify({ href: location.href, x: scrollX, y: scrollY, focused: kb.deepActive() === link });
""");

    /// <summary>Argument: the target's selector. After Enter then Tab: did focus land in or after the target?</summary>
    public static readonly string Outcome = KeyboardScript.Function("selector", """
  const target = document.querySelector(selector);
  const active = kb.deepActive();
  if (!target || !active) { return JSON.stringify({ moved: null, active: null }); }
  const after = target.contains(active) || kb.containsDeep(target, active) || !!(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  return JSON.stringify({ moved: after, active: kb.selector(active) });
""");

    /// <summary>Argument: { href, x, y } from <see cref="Prepare"/>. Drops the fragment, focus and scrolling the test added.</summary>
    public static readonly string Restore = KeyboardScript.Function("state", """
  if (location.href !== state.href) { history.replaceState(history.state, '', state.href); }
  kb.resetFocusStart();
  window.scrollTo(state.x, state.y);
  return true;
""");

    /// <summary>
    /// Argument: selectors of the first tab stops. Whether the page has a main landmark, and how many stops
    /// come before its first heading (the start of the content when there is no landmark).
    /// </summary>
    public static readonly string Bypass = KeyboardScript.Function("selectors", """
  const main = document.querySelector('main, [role="main" i]');
  const heading = document.querySelector('h1') || document.querySelector('h2, h3, [role="heading" i]');
  let before = 0;
  if (heading) {
    for (const s of selectors) {
      const el = document.querySelector(s);
      if (el && (heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)) { before++; }
    }
  }
  return JSON.stringify({
    hasMain: !!main,
    heading: heading ? kb.selector(heading) : null,
    headingHtml: heading ? kb.html(heading) : null,
    before,
  });
""");
}
