using System.Reflection;

namespace A11yAudit.Browser.Check;

/// <summary>
/// Every exclusion check in this assembly: any public, non-abstract <see cref="IPageCheck"/> with a
/// parameterless constructor under Check/Checks. Adding a check is adding one class; nothing to register.
/// </summary>
public static class CheckRegistry
{
    private static readonly Lazy<IReadOnlyList<IPageCheck>> Checks = new(Discover);

    public static IReadOnlyList<IPageCheck> All => Checks.Value;

    public static IPageCheck? Find(string id) => All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<IPageCheck> Discover() =>
        typeof(CheckRegistry).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IPageCheck).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IPageCheck)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
}
