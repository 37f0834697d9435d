using A11yAudit.Core.Gate;

namespace A11yAudit.Tests.Gate;

public sealed class PageMinimumTests
{
    [TestCase(null, 50, 2)]
    [TestCase(null, 1, 1)]
    [TestCase(5, 50, 5)]
    [TestCase(1, 50, 1)]
    public void Resolve(int? requested, int maxPages, int expected) =>
        Assert.That(PageMinimum.Resolve(requested, maxPages), Is.EqualTo(expected));

    [Test]
    public void ALoginPageAlone_IsNotEnough() =>
        Assert.That(PageMinimum.Check(1, PageMinimum.Default), Does.Contain("only 1 page was scanned").And.Contain("--min-pages"));

    [Test]
    public void EnoughPages_NoProblem() =>
        Assert.That(PageMinimum.Check(16, PageMinimum.Default), Is.Null);
}
