using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using IepNavigator.Letters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// A Spanish chat drafting a letter: the questions and the preview are Spanish, and the downloads are the English
/// letter for the school, the Spanish copy, both side by side (three .docx) and the calendar; what the parent typed
/// goes into both letters as typed. An English chat is unchanged (LetterDraftingTests).
/// </summary>
public sealed class SpanishLetterTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(FlowHarness.Start.UtcDateTime);
    private static readonly LetterLedgerContent Content = new();
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static readonly Dictionary<string, string> SpanishAnswers = new()
    {
        ["childName"] = "Sofía Ramírez",
        ["childDateOfBirth"] = "4 de marzo de 2017",
        ["school"] = "Escuela Lincoln",
        ["grade"] = "3.º",
        ["parentName"] = "Ana Ramírez",
        ["parentEmail"] = "ana@example.org",
        ["recipientName"] = "Dr. Lee",
        ["recipientTitle"] = "Director of Special Education",
    };

    private const string OwnAnswer = "Lee muy despacio y se frustra.";

    [Fact]
    public async Task SpanishChat_ShowsASpanishPreview_AndOffersTheEnglishLetterTheSpanishCopyBothSideBySideAndTheCalendar()
    {
        var client = _harness.Client(locale: "es-US");
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(
            client, "Me preocupa mucho la lectura de mi hijo", ["Todavía no la he pedido", "no", "no"]);
        Assert.True(advice is not null, "no advice; the chat said:\n" + string.Join("\n---\n", client.Transcript.Select(r => r.Text)));

        var replies = await client.SendAsync("Redactar la carta");
        // Before the first question: answers go into the English letter for the school as typed.
        Assert.Contains(replies, r => r.Text == Spanish(() => Content["letter.answersAsTyped"]));
        var (asked, last) = await AnswerInSpanishAsync(client, "evaluation-request", replies);

        var renderer = _harness.Services.GetRequiredService<LetterRenderer>();
        var spanish = renderer.Catalog.Find("evaluation-request", "es")!;
        Assert.Equal(spanish.RequiredFields.Select(f => f.Name), asked);

        // The preview is the Spanish letter, introduced in Spanish.
        var previewIntro = Spanish(() => Content["letter.previewCopy"]);
        Assert.Contains(last, r => r.Text == previewIntro);
        var subject = renderer.Compose("evaluation-request", Fields(), new(), Today, "es").Value!.Paragraphs
            .Single(p => p.Kind == IepNavigator.Letters.Rendering.LetterParagraphKind.Heading).Text;
        Assert.Contains(last, r => r.Text?.StartsWith(subject, StringComparison.Ordinal) == true);
        Assert.Contains("Sofía Ramírez", subject, StringComparison.Ordinal);
        Assert.DoesNotContain(last, r => r.Text?.Contains("Request for a full and individual evaluation", StringComparison.Ordinal) == true);

        // Three .docx (English for the school, the Spanish copy, side by side) and the calendar, labelled in Spanish.
        var downloads = last.Downloads();
        Assert.Equal(Spanish(() => Content["letter.downloadsTranslated"]), downloads.Text);
        Assert.Equal(
            [$"evaluation-request-{Today:yyyy-MM-dd}.docx", $"evaluation-request-{Today:yyyy-MM-dd}-es.docx",
             $"evaluation-request-{Today:yyyy-MM-dd}-es-en.docx", $"evaluation-request-{Today:yyyy-MM-dd}-es.ics"],
            downloads.Attachments.Select(a => a.Name));
        Assert.Equal(3, downloads.Attachments.Count(a => a.Name.EndsWith(".docx", StringComparison.Ordinal)));
        Assert.Equal(
            new[] { "attachment.docxSchool", "attachment.docxCopy", "attachment.docxSideBySide", "attachment.ics" }.Select(k => Spanish(() => Content[k])),
            downloads.Attachments.Select(a => (string?)((Newtonsoft.Json.Linq.JObject)a.Properties)["label"]));
        Assert.Equal(["en", "es", "es-en", "es"], downloads.Attachments.Select(a => _harness.Links.Orders[a.ContentUrl].Language));

        // The English letter is English, the copy Spanish; both carry what the parent typed, as typed, except the date of
        // birth, which the chat understood as a date and each letter writes in its own language.
        var english = Text(_harness.Download(downloads.Attachments[0].ContentUrl).Content);
        var copy = Text(_harness.Download(downloads.Attachments[1].ContentUrl).Content);
        Assert.Contains("Request for a full and individual evaluation of Sofía Ramírez", english, StringComparison.Ordinal);
        Assert.Contains(PlainDates.Long(Today, "en"), english, StringComparison.Ordinal);
        Assert.Contains(PlainDates.Long(Today, "es"), copy, StringComparison.Ordinal);
        Assert.Contains("March 4, 2017", english, StringComparison.Ordinal);
        Assert.Contains("4 de marzo de 2017", copy, StringComparison.Ordinal);
        Assert.DoesNotContain("de marzo", english, StringComparison.Ordinal);
        Assert.All(new[] { english, copy }, letter => Assert.Contains("Escuela Lincoln", letter, StringComparison.Ordinal));
        using var sideBySide = WordprocessingDocument.Open(new MemoryStream(_harness.Download(downloads.Attachments[2].ContentUrl).Content), false);
        Assert.Single(sideBySide.MainDocumentPart!.Document!.Body!.Elements<Table>());
        Assert.Equal(Spanish(() => Content["button.sentToday"]), Assert.Single(last[^1].Buttons()));
    }

    /// <summary>Answers each question the Spanish flow asks (the Spanish template's questions), by field name.</summary>
    private async Task<(List<string> Asked, IReadOnlyList<IMessageActivity> Last)> AnswerInSpanishAsync(
        DialogTestClient client, string letterId, IReadOnlyList<IMessageActivity> replies)
    {
        var template = _harness.Services.GetRequiredService<LetterRenderer>().Catalog.Find(letterId, "es")!;
        var asked = new List<string>();
        while (template.Fields.FirstOrDefault(f => f.Question == replies[^1].Text) is { } field)
        {
            Assert.DoesNotContain(field.Name, asked);
            asked.Add(field.Name);
            replies = await client.SendAsync(SpanishAnswers.GetValueOrDefault(field.Name) ?? OwnAnswer);
        }
        Assert.NotEmpty(asked);
        return (asked, replies);
    }

    private static Dictionary<string, string?> Fields() => SpanishAnswers.ToDictionary(p => p.Key, p => (string?)p.Value);

    private static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    private static string Spanish(Func<string> read)
    {
        using var scope = ContentLanguage.Begin("es");
        return read();
    }
}
