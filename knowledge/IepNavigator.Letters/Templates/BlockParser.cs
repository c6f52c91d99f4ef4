using Fluid;

namespace IepNavigator.Letters.Templates;

/// <summary>
/// Cuts a template body into blocks at blank lines and compiles each block on its own, so a parent's
/// value (which may contain newlines) can never change the document's structure.
/// A Liquid tag must therefore open and close within one block (README.md).
/// </summary>
internal static class BlockParser
{
    private static readonly FluidParser Parser = new();

    public static IReadOnlyList<TemplateBlock> Parse(string name, string body)
    {
        var blocks = new List<TemplateBlock>();
        foreach (var source in SplitAtBlankLines(body))
        {
            blocks.Add(source switch
            {
                "@letter" => new TemplateBlock(BlockKind.LetterSlot, null),
                "@tips" => new TemplateBlock(BlockKind.TipsSlot, null),
                _ when source.StartsWith("## ", StringComparison.Ordinal) =>
                    new TemplateBlock(BlockKind.Section, Compile(name, source[3..])),
                _ when source.StartsWith("# ", StringComparison.Ordinal) =>
                    new TemplateBlock(BlockKind.Heading, Compile(name, source[2..])),
                _ when IsList(source) => new TemplateBlock(BlockKind.List, Compile(name, source)),
                _ => new TemplateBlock(BlockKind.Paragraph, Compile(name, source)),
            });
        }

        return blocks;
    }

    public static IFluidTemplate Compile(string name, string source)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new LetterTemplateException(name, $"Liquid does not parse: {error} in \"{Shorten(source)}\"");
        }

        return template;
    }

    private static bool IsList(string source)
    {
        var lines = source.Split('\n');
        return lines.Any(line => line.StartsWith("- ", StringComparison.Ordinal))
            && lines.All(line => line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("{%", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SplitAtBlankLines(string body)
    {
        var current = new List<string>();
        foreach (var line in body.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    yield return string.Join('\n', current);
                    current.Clear();
                }

                continue;
            }

            current.Add(line.TrimEnd());
        }

        if (current.Count > 0)
        {
            yield return string.Join('\n', current);
        }
    }

    private static string Shorten(string source) => source.Length <= 60 ? source : source[..60] + "...";
}
