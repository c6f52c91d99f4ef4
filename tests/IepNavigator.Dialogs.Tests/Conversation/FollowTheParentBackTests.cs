using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// Issue 17: after the chat followed a parent into Spanish (no language named), their clear English message was still
/// answered in Spanish. A language the chat followed follows the parent both ways on clear messages; "ok", "si", "IEP", a
/// name or Spanglish never flip it; a language the parent named ("español") is kept.
/// </summary>
public sealed class FollowTheParentBackTests
{
    private const string Spanish = "hola, mi hijo tiene 8 años y la escuela no le quiere hacer la evaluación, que puedo hacer?";
    private const string English = "sorry, my husband is reading this now. what do we do if the school still has not called us back?";
    private const string SpanishAgain = "perdón, ya volví yo. la escuela todavía no nos ha llamado, que hago?";

    private static readonly MessageCatalog Messages = new();

    [Fact]
    public async Task AnAutomaticSwitch_FollowsTheParent_BackAndForth_TurnByTurn()
    {
        using var harness = new ProductHarness();
        var client = harness.Client("en-US");
        await client.JoinAsync();

        AllIn("es", await client.SendAsync(Spanish));
        AllIn("es", await client.SendAsync("ok"));
        AllIn("es", await client.SendAsync("si"));

        var back = await client.SendAsync(English);
        AllIn("en", back);
        Assert.Contains(In("en", () => Messages["language.detected"]), back.Joined(), StringComparison.Ordinal);
        AllIn("en", await client.SendAsync("ok"));

        var again = await client.SendAsync(SpanishAgain);
        AllIn("es", again);
        Assert.Contains(In("es", () => Messages["language.detected"]), again.Joined(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IEP")]
    [InlineData("Maria Lopez")]
    [InlineData("ok thanks")]
    [InlineData("mi hijo tiene IEP and the school keeps sending him home, que puedo hacer?")]
    public async Task AWordANameOrSpanglish_NeverFlipsAFollowedLanguage(string message)
    {
        using var harness = new ProductHarness();
        var client = harness.Client("en-US");
        await client.JoinAsync();
        AllIn("es", await client.SendAsync(Spanish));

        AllIn("es", await client.SendAsync(message));
    }

    [Fact]
    public async Task ALanguageTheParentNamed_IsKept_ThoughTheyWriteTheOther()
    {
        using var harness = new ProductHarness();
        var client = harness.Client("en-US");
        await client.JoinAsync();
        AllIn("es", await client.SendAsync("español por favor"));

        AllIn("es", await client.SendAsync(English));
    }

    private static void AllIn(string language, IReadOnlyList<IMessageActivity> replies)
    {
        Assert.NotEmpty(replies);
        var transcript = string.Join("\n---\n", replies.Select(r => r.Locale + ": " + r.Text));
        Assert.True(replies.All(r => r.Locale == ContentLanguage.Tag(language)), transcript);
    }

    private static string In(string language, Func<string> read)
    {
        using (ContentLanguage.Begin(language))
        {
            return read();
        }
    }
}
