using Microsoft.Win32.SafeHandles;

namespace A11yAudit.Core.Results;

/// <summary>
/// A scratch file that lives only as long as its handle: on Linux and macOS it is unlinked as soon as it is
/// opened, so even a killed process leaves nothing behind; on Windows the system deletes it when the handle closes.
/// </summary>
internal static class SpillFile
{
    public static (SafeFileHandle Handle, string Path) Create(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(Path.GetFullPath(directory), $".a11yaudit-spill-{Guid.NewGuid():N}.tmp");
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }

        return (handle, path);
    }
}
