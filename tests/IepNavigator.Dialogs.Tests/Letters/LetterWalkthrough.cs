using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Letters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>Conversation steps the letter tests share: reach the advice, answer every question the letter asks.</summary>
internal static class LetterWalkthrough
{
    public const string WorriedOpening = "I'm worried about my son's reading";
    public static readonly string[] WorriedAnswers = ["I haven't asked yet", "no", "no"];

    /// <summary>Answers for the shared fields, by field name; a letter's own fields get <see cref="OwnFieldAnswer"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> SharedAnswers = new Dictionary<string, string>
    {
        ["childName"] = "Sam Rivera",
        ["childDateOfBirth"] = "March 4, 2017",
        ["school"] = "Lincoln Elementary",
        ["grade"] = "3rd",
        ["parentName"] = "Ana Rivera",
        ["parentEmail"] = "ana@example.org",
        ["recipientName"] = "Dr. Lee",
        ["recipientTitle"] = "Director of Special Education",
    };

    public const string OwnFieldAnswer = "He reads two grades behind.";

    public static async Task<IMessageActivity> ReachAdviceAsync(DialogTestClient client, IReadOnlyList<string>? answers = null)
    {
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(client, WorriedOpening, answers ?? WorriedAnswers);
        Assert.NotNull(advice);
        return advice;
    }

    /// <summary>
    /// Answers each question the letter flow asks, from <paramref name="answers"/> by the asked field's question;
    /// returns the field names asked (in order) and the replies of the last turn.
    /// </summary>
    public static async Task<(List<string> Asked, IReadOnlyList<IMessageActivity> Last)> AnswerQuestionsAsync(
        LetterHarness harness, DialogTestClient client, string letterId, IReadOnlyList<IMessageActivity> replies, IReadOnlyDictionary<string, string>? answers = null)
    {
        var template = harness.Services.GetRequiredService<LetterRenderer>().Catalog.Find(letterId)!;
        var asked = new List<string>();
        while (template.Fields.FirstOrDefault(f => f.Question == replies[^1].Text) is { } field)
        {
            Assert.DoesNotContain(field.Name, asked);
            asked.Add(field.Name);
            var answer = (answers ?? SharedAnswers).GetValueOrDefault(field.Name) ?? SharedAnswers.GetValueOrDefault(field.Name) ?? OwnFieldAnswer;
            replies = await client.SendAsync(answer);
        }
        return (asked, replies);
    }

    public static IMessageActivity Downloads(this IEnumerable<IMessageActivity> replies) =>
        replies.Single(r => r.Attachments?.Count > 0 && r.Attachments.All(a => a.ContentUrl is not null));
}
