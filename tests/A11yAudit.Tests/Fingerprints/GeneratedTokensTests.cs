using A11yAudit.Core.Fingerprints;

namespace A11yAudit.Tests.Fingerprints;

public sealed class GeneratedTokensTests
{
    [TestCase("css-1x2y3z", "css", TestName = "emotion hash")]
    [TestCase("css-abcdef", "css", TestName = "emotion hash without a digit")]
    [TestCase("css-1x2y3z-Button", "css-Button", TestName = "emotion hash with a label")]
    [TestCase("sc-AbCdE", "sc", TestName = "styled-components component id")]
    [TestCase("fGhIj", "", TestName = "styled-components style hash")]
    [TestCase("iFJPAx", "", TestName = "styled-components style hash with capitals together")]
    [TestCase("jsx-123456", "jsx", TestName = "styled-jsx")]
    [TestCase("svelte-1abc2de", "svelte", TestName = "svelte")]
    [TestCase("Button_primary__3xYz1", "Button_primary", TestName = "CSS modules")]
    [TestCase("header_module__aB3dE", "header_module", TestName = "CSS modules with module in the name")]
    [TestCase("makeStyles-root-12", "makeStyles-root", TestName = "JSS numeric suffix")]
    [TestCase("jss123", "jss", TestName = "counter glued to a word")]
    [TestCase("ng-tns-c12-3", "ng-tns-c", TestName = "Angular animation class")]
    [TestCase(":r5:", "r", TestName = "React useId")]
    [TestCase("radix-:r1:", "radix-:r", TestName = "Radix id")]
    [TestCase("headlessui-menu-button-3", "headlessui-menu-button", TestName = "Headless UI id")]
    [TestCase("input-1a2b3c", "input", TestName = "hash after a word")]
    [TestCase("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "", TestName = "GUID")]
    [TestCase("7ba5bd90", "", TestName = "hex hash")]
    [TestCase("ctl00$MainContent$txtName", "ctl$MainContent$txtName", TestName = "ASP.NET Web Forms name")]
    [TestCase("nhsuk-header__link", "nhsuk-header__link", TestName = "BEM stays")]
    [TestCase("navBarItem", "navBarItem", TestName = "camelCase stays")]
    [TestCase("MainNav", "MainNav", TestName = "PascalCase stays")]
    [TestCase("GOVUK", "GOVUK", TestName = "capitals stay")]
    [TestCase("email", "email", TestName = "plain word stays")]
    [TestCase("  ", "", TestName = "blank")]
    public void Normalize(string token, string expected) =>
        Assert.That(GeneratedTokens.Normalize(token), Is.EqualTo(expected));

    [Test]
    public void ClassList_IsNormalisedSortedAndDeduplicated() =>
        Assert.That(GeneratedTokens.NormalizeClassList("  sc-AbCdE fGhIj card  jss12 card-title css-9z8y7x jss34 "), Is.EqualTo("card card-title css jss sc"));
}
