using IepNavigator.Dialogs.Tests.Testing;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// "idk, the sped coordinator? her name is ms. Okafor" at "Who should the letter go to?" kept only "Okafor" (found
/// trying the bot as a parent): the honorific after "her/his name is", "it's", "es la", "se llama" is part of the name
/// the letter greets ("Dear Ms. Okafor").
/// </summary>
public sealed class RecipientHonorificTests : IDisposable
{
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("idk, the sped coordinator? her name is ms. Okafor", "Ms. Okafor")]
    [InlineData("the coordinator, his name is mr. Haddad", "Mr. Haddad")]
    [InlineData("not sure who handles it, it's dr. Patel", "Dr. Patel")]
    [InlineData("creo que es la coordinadora, es la sra. Okafor", "Sra. Okafor")]
    [InlineData("no se bien, la coordinadora se llama sra. Okafor", "Sra. Okafor")]
    public async Task HonorificAfterANameLeadIn_IsKeptInTheGreeting(string answer, string name)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        var replies = await client.SendAsync("Draft the letter");
        for (var i = 0; i < 20 && Awaiting(replies) is { } field && field != "recipientName"; i++)
        {
            replies = await client.SendAsync(LetterWalkthrough.SharedAnswers[field]);
        }
        Assert.Equal("recipientName", Awaiting(replies));

        replies = await client.SendAsync(answer);
        for (var i = 0; i < 20 && Awaiting(replies) is { } field; i++)
        {
            replies = await client.SendAsync(LetterWalkthrough.SharedAnswers.GetValueOrDefault(field) ?? LetterWalkthrough.OwnFieldAnswer);
        }

        var letter = System.Text.Encoding.UTF8.GetString(
            _harness.Download(replies.Downloads().Attachments.Single(a => a.Name.EndsWith(".txt", StringComparison.Ordinal)).ContentUrl).Content);
        Assert.Contains("Dear " + name + ",", letter, StringComparison.Ordinal);
    }

    private static string? Awaiting(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? (string?)data["iepNavigator"]?["awaiting"] : null;
}
