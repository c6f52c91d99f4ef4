using System.Text;

namespace IepNavigator.Letters.Rendering;

/// <summary>Writes a letter as plain text: paragraphs separated by blank lines, list items as "- ".</summary>
internal static class TextLetterWriter
{
    /// <summary>Separates the letter from the advice after it, so the parent can cut there.</summary>
    private const string SectionRule = "------------------------------------------------------------";

    public static string Write(LetterDocument document)
    {
        var text = new StringBuilder();
        LetterParagraphKind? previous = null;
        foreach (var paragraph in document.Paragraphs)
        {
            var tight = previous == LetterParagraphKind.ListItem && paragraph.Kind == LetterParagraphKind.ListItem;
            if (previous is not null)
            {
                text.Append(tight ? "\n" : "\n\n");
            }

            switch (paragraph.Kind)
            {
                case LetterParagraphKind.Section:
                    text.Append(SectionRule).Append("\n\n").Append(paragraph.Text);
                    break;
                case LetterParagraphKind.ListItem:
                    text.Append("- ").Append(string.Join("\n  ", paragraph.Lines));
                    break;
                default:
                    text.Append(paragraph.Text);
                    break;
            }

            previous = paragraph.Kind;
        }

        return text.Append('\n').ToString();
    }
}
