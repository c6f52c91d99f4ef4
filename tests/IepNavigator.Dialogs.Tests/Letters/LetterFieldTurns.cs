using IepNavigator.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>Turns of a letter's questions the field tests share: answer up to a field, answer the rest, read the letter.</summary>
internal static class LetterFieldTurns
{
    public static readonly IReadOnlyDictionary<string, string> SpanishAnswers = new Dictionary<string, string>
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

    public const string OwnSpanishAnswer = "Lee muy despacio y se frustra cuando tiene que leer en voz alta.";

    /// <summary>The field the last reply waits for (channelData.iepNavigator.awaiting).</summary>
    public static string? Awaiting(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? (string?)data["iepNavigator"]?["awaiting"] : null;

    /// <summary>The case's facts the last reply carries (channelData.iepNavigator.facts).</summary>
    public static JObject? Facts(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? data["iepNavigator"]?["facts"] as JObject : null;

    /// <summary>Answers each question from <paramref name="answers"/> until <paramref name="until"/> is asked; returns the replies asking it.</summary>
    public static async Task<IReadOnlyList<IMessageActivity>> AnswerUntilAsync(
        DialogTestClient client, IReadOnlyList<IMessageActivity> replies, string until, IReadOnlyDictionary<string, string>? answers = null, string? own = null)
    {
        for (var i = 0; i < 20 && Awaiting(replies) is { } field && field != until; i++)
        {
            replies = await client.SendAsync((answers ?? LetterWalkthrough.SharedAnswers).GetValueOrDefault(field) ?? own ?? LetterWalkthrough.OwnFieldAnswer);
        }
        Assert.Equal(until, Awaiting(replies));
        return replies;
    }

    /// <summary>Answers every question left; returns the last turn's replies, which carry the downloads.</summary>
    public static async Task<IReadOnlyList<IMessageActivity>> FinishAsync(
        DialogTestClient client, IReadOnlyList<IMessageActivity> replies, IReadOnlyDictionary<string, string>? answers = null, string? own = null)
    {
        for (var i = 0; i < 20 && Awaiting(replies) is { } field; i++)
        {
            replies = await client.SendAsync((answers ?? LetterWalkthrough.SharedAnswers).GetValueOrDefault(field) ?? own ?? LetterWalkthrough.OwnFieldAnswer);
        }
        Assert.Null(Awaiting(replies));
        Assert.NotNull(replies.Downloads());
        return replies;
    }

    /// <summary>The letter for the school as text: its .txt download, else the first .docx (the English one).</summary>
    public static string SchoolLetterText(LetterHarness harness, IReadOnlyList<IMessageActivity> replies)
    {
        var attachments = replies.Downloads().Attachments;
        if (attachments.FirstOrDefault(a => a.Name.EndsWith(".txt", StringComparison.Ordinal)) is { } text)
        {
            return System.Text.Encoding.UTF8.GetString(harness.Download(text.ContentUrl).Content);
        }
        var content = harness.Download(attachments[0].ContentUrl).Content;
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(content), false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>Reaches the advice in Spanish (the reading concern, no request yet).</summary>
    public static async Task ReachSpanishAdviceAsync(DialogTestClient client)
    {
        var (advice, _) = await Flows.StageConversationTests.RunToAdviceAsync(client, "Me preocupa mucho la lectura de mi hijo", ["Todavía no la he pedido", "no", "no"]);
        Assert.NotNull(advice);
    }
}
