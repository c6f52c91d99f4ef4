using System.Text;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters;
using IepNavigator.Letters.Rendering;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// The end of drafting: a short plain-text preview of the filled-in letter, then the downloads (.docx, .txt and
/// the .ics of the deadline the letter starts) as attachments with short-lived signed links.
/// </summary>
public sealed class LetterDelivery(LetterRenderer renderer, ILetterLinkIssuer links, LetterLedgerContent content)
{
    /// <summary>Paragraphs shown in the preview after the heading; the whole letter is in the downloads.</summary>
    public const int PreviewParagraphs = 2;

    private static readonly (LetterFormat Format, string Extension, string ContentType, string Label)[] Downloads =
    [
        (LetterFormat.Docx, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "attachment.docx"),
        (LetterFormat.Txt, "txt", "text/plain", "attachment.txt"),
        (LetterFormat.Ics, "ics", "text/calendar", "attachment.ics"),
    ];

    /// <summary>Sends the preview and the downloads; false when a required field is still missing.</summary>
    public async Task<bool> SendAsync(ITurnContext turnContext, string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var composed = renderer.Compose(letterId, fields, facts, today);
        if (!composed.IsRendered)
        {
            return false;
        }
        // Plain text: what the parent typed must show exactly as typed, never as Markdown or HTML.
        var preview = MessageFactory.Text(Preview(composed.Value));
        preview.TextFormat = TextFormatTypes.Plain;
        await turnContext.SendActivityAsync(MessageFactory.Text(content["letter.preview"]), cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(preview, cancellationToken).ConfigureAwait(false);

        var downloads = MessageFactory.Attachment(Downloads.Select(d => new Attachment
        {
            ContentType = d.ContentType,
            ContentUrl = links.IssueUrl(letterId, d.Format, fields, facts, today),
            // The id and date only, never the child's name: file names end up in download folders and logs.
            Name = $"{letterId}-{PlainDate.Write(today)}.{d.Extension}",
            Properties = new Newtonsoft.Json.Linq.JObject { ["label"] = content[d.Label] },
        }).ToList(), content["letter.downloads"]);
        downloads.AttachmentLayout = AttachmentLayoutTypes.List;
        await turnContext.SendActivityAsync(downloads, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(
            ButtonReply.Create(content["letter.whenSent"], [content["button.sentToday"]], InputHints.AcceptingInput), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string Preview(LetterDocument document)
    {
        var heading = document.Paragraphs.FirstOrDefault(p => p.Kind == LetterParagraphKind.Heading);
        var body = document.Paragraphs
            .SkipWhile(p => p != heading)
            .Skip(1)
            .TakeWhile(p => p.Kind != LetterParagraphKind.Section)
            .Take(PreviewParagraphs);
        var text = new StringBuilder(heading?.Text ?? document.Title);
        foreach (var paragraph in body)
        {
            text.Append("\n\n").Append(paragraph.Text);
        }
        return text.Append("\n\n…").ToString();
    }
}
