using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Content;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// Issue 17: after the chat followed a parent into Spanish, "where are you?" came as "Which of these is closest?" with a
/// few stages and "Something else", though the message all but named one. A reading that leans to one stage with
/// confidence (not enough to take it alone) asks "It sounds like “…”: is that right?" with Yes / Something else; a yes
/// goes on with that stage and every fact the first message told.
/// </summary>
public sealed class StageConfirmedAfterASwitchTests
{
    // The model leans to concerned (about 0.6, far ahead of any other stage) without being sure.
    private const string ReadingWorry = "hola, vivimos en Texas y mi hijo tiene muchos problemas en la escuela con la lectura";

    private static readonly MessageCatalog Messages = new();
    private static readonly StageCatalog Stages = new();

    [Fact]
    public async Task ALeaningReading_IsAskedInTheParentsWords_AndYesKeepsTheStageAndTheFacts()
    {
        using var harness = new ProductHarness();
        var client = harness.Client("en-US");
        await client.JoinAsync();

        var asked = await client.SendAsync(ReadingWorry);

        Assert.Contains(In("es", () => Messages.Format("where.soundsLike", Stages.Get("concerned").Label)), asked[^1].Text, StringComparison.Ordinal);
        Assert.Equal([In("es", () => Messages["button.yes"]), In("es", () => Messages["button.somethingElse"])], asked[^1].Buttons());
        Assert.DoesNotContain(In("es", () => Messages["where.clarify"]), asked.Joined(), StringComparison.Ordinal);

        var yes = await client.SendAsync("si");

        var data = Data(yes);
        Assert.Equal("concerned", (string?)data["stage"]);
        Assert.Equal("TX", (string?)data["facts"]?["state"]);
        Assert.Contains("reading", data["facts"]?["concerns"]?.Values<string>() ?? []);
        Assert.All(yes, r => Assert.Equal(ContentLanguage.Tag("es"), r.Locale));
    }

    [Fact]
    public async Task SomethingElse_OffersEveryStage()
    {
        using var harness = new ProductHarness();
        var client = harness.Client("en-US");
        await client.JoinAsync();
        await client.SendAsync(ReadingWorry);

        var menu = await client.SendAsync(In("es", () => Messages["button.somethingElse"]));

        Assert.Equal(Stages.Stages.Count, menu[^1].Buttons().Count);
    }

    [Fact]
    public async Task WithoutASwitch_TheSameLeaningStillGetsTheMenu()
    {
        using var harness = new ProductHarness();
        var client = harness.Client("es-US");
        await client.JoinAsync();

        var asked = await client.SendAsync(ReadingWorry);

        Assert.DoesNotContain(In("es", () => Messages.Format("where.soundsLike", Stages.Get("concerned").Label)), asked.Joined(), StringComparison.Ordinal);
    }

    private static string In(string language, Func<string> read)
    {
        using (ContentLanguage.Begin(language))
        {
            return read();
        }
    }

    private static JObject Data(IReadOnlyList<IMessageActivity> replies) =>
        replies[^1].ChannelData is JObject data && data["iepNavigator"] is JObject navigator ? navigator : [];
}
