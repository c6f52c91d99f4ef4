using IepNavigator.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>What a parent types is data: stored, previewed and rendered exactly as typed.</summary>
public sealed class HostileFieldTests : IDisposable
{
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    public static TheoryData<string, string> Hostile => new()
    {
        { "childName", "{{ 7 | times: 7 }}" },
        { "school", "<script>alert('x')</script> Elementary" },
        { "parentName", "Siobhán O'Brien" },
        { "recipientName", "مريم الحسيني" },
        { "grade", "{% for x in (1..3) %}{{ x }}{% endfor %}" },
        { "childName", "**Sam** _Rivera_ [link](https://evil.test)" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task FieldText_IsStoredPreviewedAndRenderedLiterally(string field, string typed)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        var answers = new Dictionary<string, string>(LetterWalkthrough.SharedAnswers) { [field] = typed };

        var (_, last) = await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "evaluation-request", await client.SendAsync("Draft the letter"), answers);
        if (field == "grade")
        {
            // A grade that names no grade is asked again once, then taken as typed (LetterFieldCheckTests).
            Assert.DoesNotContain(last, r => r.Attachments?.Count > 0 && r.Attachments.All(a => a.ContentUrl is not null));
            (_, last) = await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "evaluation-request", await client.SendAsync(typed), answers);
        }

        var downloads = last.Downloads();
        var text = System.Text.Encoding.UTF8.GetString(_harness.Download(downloads.Attachments.Single(a => a.Name.EndsWith(".txt", StringComparison.Ordinal)).ContentUrl).Content);
        Assert.Contains(typed, text, StringComparison.Ordinal);
        if (field is "childName" or "school")
        {
            var preview = last.Single(r => r.TextFormat == TextFormatTypes.Plain);
            Assert.Contains(typed, preview.Text, StringComparison.Ordinal);
        }
        var stored = Assert.Single(await _harness.Storage.ReadDocumentsAsync(["test/users/parent-1"], CancellationToken.None));
        Assert.Contains(JToken.Parse(System.Text.Encoding.UTF8.GetString(stored.Utf8Json!)).SelectTokens("$..*").OfType<JValue>(), v => v.Type == JTokenType.String && (string?)v == typed);
    }
}
