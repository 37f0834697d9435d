using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Tests.Reports;

namespace A11yAudit.Tests.Store;

/// <summary>Tests that spill pages: a fresh folder for each test, and stores filled in it.</summary>
public abstract class SpillFolderTests
{
    private TempDirectory _folder = null!;

    /// <summary>The test's folder, deleted after it.</summary>
    protected string Folder => _folder.Path;

    [SetUp]
    public void CreateFolder() => _folder = new TempDirectory();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    protected string WriteFile(string name, string text) => _folder.Write(name, text);

    /// <summary>A store in the test's folder holding these pages, in this order.</summary>
    protected PageStore Fill(IEnumerable<PageResult> pages)
    {
        var store = PageStore.Create(Folder);
        foreach (var page in pages)
        {
            store.Add(page);
        }

        return store;
    }
}
