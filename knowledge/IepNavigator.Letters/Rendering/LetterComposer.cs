using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Letters.Rendering;

/// <summary>
/// Fills the frame and the letter's blocks into a <see cref="LetterDocument"/>. Output is never HTML-encoded
/// (a letter is not a web page); blocks and lines that render empty are dropped, so an optional field that
/// is missing leaves no empty line behind.
/// </summary>
internal static class LetterComposer
{
    private static readonly TextEncoder Verbatim = NullEncoder.Default;

    public static LetterDocument Compose(
        CompiledFrame frame,
        CompiledLetter letter,
        IReadOnlyDictionary<string, string> fields,
        CaseFacts facts,
        DateOnly today)
    {
        var context = LetterModel.Create(frame, letter, fields, facts, today);
        context.SetValue("subject", new StringValue(Render(letter.Subject, context)));

        var paragraphs = new List<LetterParagraph>();
        foreach (var block in frame.Blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.LetterSlot:
                    foreach (var own in letter.Body)
                    {
                        AddBlock(paragraphs, own, context);
                    }

                    break;
                case BlockKind.TipsSlot:
                    foreach (var tip in letter.SendingTips)
                    {
                        AddLines(paragraphs, LetterParagraphKind.ListItem, Render(tip, context), listItems: false);
                    }

                    break;
                default:
                    AddBlock(paragraphs, block, context);
                    break;
            }
        }

        return new LetterDocument(letter.Template.Id, letter.Template.Title, today, paragraphs, frame.Language);
    }

    /// <summary>Renders one Liquid fragment (e.g. a calendar description) to plain text.</summary>
    public static string RenderFragment(IFluidTemplate template, TemplateContext context) =>
        string.Join('\n', NonEmptyLines(Render(template, context)));

    private static void AddBlock(List<LetterParagraph> paragraphs, TemplateBlock block, TemplateContext context)
    {
        var text = Render(block.Template!, context);
        switch (block.Kind)
        {
            case BlockKind.Heading:
                AddLines(paragraphs, LetterParagraphKind.Heading, text, listItems: false);
                break;
            case BlockKind.Section:
                AddLines(paragraphs, LetterParagraphKind.Section, text, listItems: false);
                break;
            case BlockKind.List:
                AddLines(paragraphs, LetterParagraphKind.ListItem, text, listItems: true);
                break;
            default:
                AddLines(paragraphs, LetterParagraphKind.Paragraph, text, listItems: false);
                break;
        }
    }

    private static void AddLines(List<LetterParagraph> paragraphs, LetterParagraphKind kind, string text, bool listItems)
    {
        var lines = NonEmptyLines(text);
        if (lines.Count == 0)
        {
            return;
        }

        if (!listItems)
        {
            paragraphs.Add(new LetterParagraph(kind, lines));
            return;
        }

        // A list item starts at each "- "; a parent's newline inside an item continues that item.
        foreach (var line in lines)
        {
            if (line.StartsWith("- ", StringComparison.Ordinal) || paragraphs.Count == 0
                || paragraphs[^1].Kind != LetterParagraphKind.ListItem)
            {
                paragraphs.Add(new LetterParagraph(kind, [line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line]));
            }
            else
            {
                paragraphs[^1] = paragraphs[^1] with { Lines = [.. paragraphs[^1].Lines, line] };
            }
        }
    }

    private static List<string> NonEmptyLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();

    private static string Render(IFluidTemplate template, TemplateContext context) =>
        template.Render(context, Verbatim, isolateContext: false);
}
