using System.Text;
using IepNavigator.Letters;
using IepNavigator.Letters.Rendering;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// The end of drafting: a short plain-text preview of the filled-in letter, then the downloads as attachments with
/// short-lived signed links. In English: the .docx, .txt and the .ics of the deadline the letter starts. In a
/// Spanish chat the preview is the Spanish copy, and the downloads are the English letter for the school (.docx),
/// the Spanish copy (.docx), both side by side (.docx) and the calendar (.ics, in Spanish); the fields the parent
/// typed go into both letters as typed. A field the parent could not give shows as a placeholder in each letter's
/// language ("[Name of the principal]", "[Nombre del director o la directora de la escuela]") and the preview is followed
/// by what is still missing; a Spanish sentence goes into the English letter flagged ("[In Spanish: …]"), into the
/// Spanish copy as typed. The side-by-side .docx takes the English letter's fields.
/// </summary>
public sealed class LetterDelivery(LetterRenderer renderer, ILetterLinkIssuer links, LetterLedgerContent content, LetterFieldLabels labels, Content.MessageCatalog messages, SchoolTitles titles)
{
    /// <summary>Paragraphs shown in the preview after the heading; the whole letter is in the downloads.</summary>
    public const int PreviewParagraphs = 2;

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly Download[] EnglishDownloads =
    [
        new(LetterFormat.Docx, ContentLanguage.English, DocxType, "attachment.docx"),
        new(LetterFormat.Txt, ContentLanguage.English, "text/plain", "attachment.txt"),
        new(LetterFormat.Ics, ContentLanguage.English, "text/calendar", "attachment.ics"),
    ];

    /// <summary>The downloads when the parent reads another language: the letter to send is still English.</summary>
    private static Download[] TranslatedDownloads(string language) =>
    [
        new(LetterFormat.Docx, ContentLanguage.English, DocxType, "attachment.docxSchool"),
        new(LetterFormat.Docx, language, DocxType, "attachment.docxCopy"),
        new(LetterFormat.Docx, language + "-" + ContentLanguage.English, DocxType, "attachment.docxSideBySide"),
        new(LetterFormat.Ics, language, "text/calendar", "attachment.ics"),
    ];

    /// <summary>Sends the preview and the downloads; false when a required field is still missing.</summary>
    public Task<bool> SendAsync(ITurnContext turnContext, string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today, CancellationToken cancellationToken) =>
        SendAsync(turnContext, letterId, fields, facts, today, null, cancellationToken);

    /// <summary>Sends the preview and the downloads, with the draft's placeholders and flags; false when a required field is still missing.</summary>
    public async Task<bool> SendAsync(ITurnContext turnContext, string letterId, IReadOnlyDictionary<string, string?> given, CaseFacts facts, DateOnly today, LetterDraft? draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var language = ContentLanguage.Current;
        var translated = language != ContentLanguage.English;
        var fields = FieldsIn(letterId, given, draft, language);
        var composed = renderer.Compose(letterId, fields, facts, today, language);
        if (!composed.IsRendered)
        {
            return false;
        }
        // Plain text: what the parent typed must show exactly as typed, never as Markdown or HTML.
        var preview = MessageFactory.Text(Preview(composed.Value));
        preview.TextFormat = TextFormatTypes.Plain;
        await turnContext.SendActivityAsync(MessageFactory.Text(content[translated ? "letter.previewCopy" : "letter.preview"]), cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(preview, cancellationToken).ConfigureAwait(false);
        if (Blanks(given, draft).ToList() is { Count: > 0 } blanks)
        {
            await turnContext.SendActivityAsync(
                MessageFactory.Text(messages.Format("letterField.stillMissing", string.Join(", ", blanks.Select(b => labels.Placeholder(letterId, b, language))))),
                cancellationToken).ConfigureAwait(false);
        }

        var downloads = MessageFactory.Attachment(
            (translated ? TranslatedDownloads(language) : EnglishDownloads).Select(d => new Attachment
            {
                ContentType = d.ContentType,
                ContentUrl = d.Language == ContentLanguage.English
                    ? links.IssueUrl(letterId, d.Format, FieldsIn(letterId, given, draft, d.Language), facts, today)
                    : links.IssueUrl(letterId, d.Format, FieldsIn(letterId, given, draft, d.Language), facts, today, d.Language),
                // The id, date and language only, never the child's name: file names end up in download folders and logs.
                Name = FileName(letterId, today, d),
                Properties = new Newtonsoft.Json.Linq.JObject { ["label"] = content[d.Label] },
            }).ToList(),
            content[translated ? "letter.downloadsTranslated" : "letter.downloads"]);
        downloads.AttachmentLayout = AttachmentLayoutTypes.List;
        await turnContext.SendActivityAsync(downloads, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(
            ButtonReply.Create(content["letter.whenSent"], [content["button.sentToday"]], InputHints.AcceptingInput), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The fields as the letter in <paramref name="language"/> writes them: a blank field's placeholder in that language;
    /// in any letter but the Spanish copy, a Spanish answer flagged. A field given since (a correction) is taken as given.
    /// </summary>
    private Dictionary<string, string?> FieldsIn(string letterId, IReadOnlyDictionary<string, string?> given, LetterDraft? draft, string language)
    {
        var fields = new Dictionary<string, string?>(given, StringComparer.Ordinal);
        // In a Spanish chat, "la coordinadora de educación especial" under the recipient's name in the English letter reads
        // "Special Education Coordinator"; the parent's Spanish copy keeps what they typed. An English chat's "Director" stays.
        if (ContentLanguage.Current == ContentLanguage.Spanish && language != ContentLanguage.Spanish && titles.English(fields.GetValueOrDefault(Cases.LetterFieldNames.RecipientTitle)) is { } title)
        {
            fields[Cases.LetterFieldNames.RecipientTitle] = title;
        }
        else if (language != ContentLanguage.Spanish && fields.GetValueOrDefault(Cases.LetterFieldNames.RecipientTitle) is { } typedTitle)
        {
            // "the principal i guess, Mr. Dawson" left "principal" under his name in lower case (found trying the bot as a parent).
            fields[Cases.LetterFieldNames.RecipientTitle] = SchoolTitles.Capitalized(typedTitle);
        }
        if (draft is null)
        {
            return fields;
        }
        var copy = language == ContentLanguage.Spanish;
        foreach (var blank in Blanks(given, draft))
        {
            fields[blank] = labels.Placeholder(letterId, blank, copy ? ContentLanguage.Spanish : ContentLanguage.English);
        }
        foreach (var (name, value) in draft.InSpanish)
        {
            // A Spanish answer as typed is the same text in both letters: flagged in the school's. A suggestion taken with
            // "Usar esto" was written in both languages: English for the school, Spanish in the parent's copy.
            var answer = fields.GetValueOrDefault(name);
            if (answer == value)
            {
                fields[name] = copy ? value : labels.FlaggedSpanish(value);
            }
            else if (copy && answer is not null && draft.SuggestedInEnglish.GetValueOrDefault(name) == answer)
            {
                fields[name] = value;
            }
        }
        return fields;
    }

    /// <summary>The draft's blanks that still have no value.</summary>
    private static IEnumerable<string> Blanks(IReadOnlyDictionary<string, string?> given, LetterDraft? draft) =>
        draft?.Blanks.Where(b => string.IsNullOrWhiteSpace(given.GetValueOrDefault(b))) ?? [];

    /// <summary>"evaluation-request-2026-11-26.docx", "...-es.docx", "...-es-en.docx": the names the host serves.</summary>
    private static string FileName(string letterId, DateOnly today, Download download) =>
        $"{letterId}-{PlainDate.Write(today)}{(download.Language == ContentLanguage.English ? "" : "-" + download.Language)}.{download.Format.ToString().ToLowerInvariant()}";

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

    /// <summary>One download: its format, the language it is written in ("es-en": side by side) and its label's key.</summary>
    private sealed record Download(LetterFormat Format, string Language, string ContentType, string Label);
}
