namespace A11yAudit.Reports.Html;

/// <summary>
/// Resolves every symbolic link in a path, like POSIX realpath(3) but portable, so a containment check sees
/// where a file really is rather than where its name says it is.
/// </summary>
internal static class RealPath
{
    // Same bound as Linux's MAXSYMLINKS: a longer chain is a loop.
    private const int MaxLinks = 40;

    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        var segments = fullPath[root.Length..].Split(
            [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            var next = Path.Join(current, segment);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"Too many levels of symbolic links: {fullPath}");
                }

                // A relative link target is relative to the folder holding the link.
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both real, full paths).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return string.Equals(path, folder.TrimEnd(Path.DirectorySeparatorChar), comparison)
            || path.StartsWith(prefix, comparison);
    }
}
