namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>In-page step of the accesskeys-positive-tabindex check.</summary>
internal static class AccessKeyScript
{
    /// <summary>Elements with tabindex above 0 and elements with an accesskey, through open shadow roots.</summary>
    public static readonly string Collect = KeyboardScript.Function("_", """
  const tabindex = [];
  const keys = [];
  for (const el of kb.all()) {
    const t = el.getAttribute('tabindex');
    if (t !== null && parseInt(t, 10) > 0) { tabindex.push({ selector: kb.selector(el), html: kb.html(el), value: parseInt(t, 10) }); }
    const k = (el.getAttribute('accesskey') || '').trim();
    if (k) { keys.push({ selector: kb.selector(el), html: kb.html(el), value: k }); }
  }
  return JSON.stringify({ tabindex, keys });
""");
}
