using System.Text.RegularExpressions;

namespace IepNavigator.Letters.Tests.Rendering;

internal static partial class LetterAssertions
{
    /// <summary>No Liquid left over and no "[Name]"-style blank.</summary>
    public static void NoPlaceholders(string text)
    {
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@letter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@tips", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// No label left without its value ("Phone:"), and no sentence with a hole where a value should be
    /// (" ,", "by .", two spaces). A line may end in ':' only when a list follows it.
    /// </summary>
    public static void NoEmptyFieldLine(IReadOnlyList<(string Text, bool IsListItem)> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var lines = paragraphs[i].Text.Split('\n');
            for (var j = 0; j < lines.Length; j++)
            {
                Assert.DoesNotMatch(HoleInSentence(), lines[j]);
                if (lines[j].TrimEnd().EndsWith(':'))
                {
                    var listFollows = j == lines.Length - 1 && i + 1 < paragraphs.Count && paragraphs[i + 1].IsListItem;
                    Assert.True(listFollows, $"label without a value: \"{lines[j]}\"");
                }
            }
        }
    }

    [GeneratedRegex(@" ,| \.$|\S\s{2,}\S|:\s*\.|\bby \.|\bon \.")]
    private static partial Regex HoleInSentence();
}
