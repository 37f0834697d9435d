namespace A11yAudit.Browser.Check;

/// <summary>
/// Every site check in this assembly: any public, non-abstract <see cref="ISiteCheck"/> with a
/// parameterless constructor. Adding one is adding a class, as for page checks.
/// </summary>
public static class SiteCheckRegistry
{
    private static readonly Lazy<IReadOnlyList<ISiteCheck>> Checks = new(Discover);

    public static IReadOnlyList<ISiteCheck> All => Checks.Value;

    private static IReadOnlyList<ISiteCheck> Discover() =>
        typeof(SiteCheckRegistry).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(ISiteCheck).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (ISiteCheck)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
}
