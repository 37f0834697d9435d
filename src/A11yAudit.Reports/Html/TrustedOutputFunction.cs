using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace A11yAudit.Reports.Html;

/// <summary>
/// Wraps Scriban's <c>include</c> (and <c>include_join</c>), which return the included template's output as a
/// string. That output was produced under the escaping policy already, so it is marked <see cref="RawHtml"/>
/// instead of being escaped a second time by the caller's <c>{{ }}</c>.
/// </summary>
internal sealed class TrustedOutputFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => inner.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Mark(inner.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Mark(await inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Mark(object? result) => result is string text ? new RawHtml(text) : result;
}
