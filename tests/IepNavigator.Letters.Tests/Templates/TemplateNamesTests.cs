using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Letters.Tests.Templates;

/// <summary>
/// Reads every Liquid expression in the templates and checks each name it uses is declared: a field in the
/// front matter, a value the renderer supplies, a loop variable, or a CaseFacts property.
/// </summary>
public sealed partial class TemplateNamesTests
{
    private static readonly HashSet<string> RendererValues =
        ["today", "answerBy", "letterTitle", "state", "concerns", "facts", "subject", "deadlineDate", "missedDeadlines"];

    private static readonly HashSet<string> LiquidWords =
        ["if", "elsif", "else", "endif", "for", "endfor", "in", "and", "or", "contains", "unless", "endunless",
         "true", "false", "nil", "blank", "empty", "size", "first", "last"];

    private static readonly HashSet<string> FactNames = typeof(CaseFacts)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
        .ToHashSet();

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void Template_UsesOnlyDeclaredNames(string id)
    {
        var declared = TestLetters.Catalog.Find(id)!.Fields.Select(f => f.Name).ToHashSet();
        var source = TemplateSources.Letters[id] + TemplateSources.Frame;
        var loopVariables = LoopVariable().Matches(source).Select(m => m.Groups[1].Value).ToHashSet();

        var undeclared = new List<string>();
        foreach (Match expression in LiquidExpression().Matches(source))
        {
            var code = Filter().Replace(Quoted().Replace(expression.Groups[1].Value, string.Empty), string.Empty);
            foreach (Match name in RootName().Matches(code))
            {
                var root = name.Groups[1].Value;
                var member = name.Groups[2].Value;
                var known = declared.Contains(root) || RendererValues.Contains(root) || LiquidWords.Contains(root)
                    || loopVariables.Contains(root);
                if (!known || (root == "facts" && !FactNames.Contains(member)))
                {
                    undeclared.Add(name.Value);
                }
            }
        }

        Assert.Empty(undeclared);
    }

    [GeneratedRegex(@"\{[{%]-?(.*?)-?[%}]\}", RegexOptions.Singleline)]
    private static partial Regex LiquidExpression();

    [GeneratedRegex(@"\{%-?\s*for\s+(\w+)\s+in")]
    private static partial Regex LoopVariable();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\|\s*\w+:?")]
    private static partial Regex Filter();

    // A name that is not itself a member (after '.'), with its first member if any.
    [GeneratedRegex(@"(?<![\w.])([A-Za-z_]\w*)(?:\.(\w+))?")]
    private static partial Regex RootName();
}
