using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Steps;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// "The school wants to move him to another school, I don't agree" with no date: the proposal stands today and the parent
/// disputes it, so the case holds both (shown as the month, never a day) and the advice offers stay put.
/// </summary>
public sealed class PlacementProposalTests
{
    [Theory]
    [InlineData("en-US", "my son has an IEP and the school wants to move him to another school, I don't agree", "November 2026")]
    [InlineData("es-US", "mi hijo tiene IEP y la escuela quiere cambiarlo a otra escuela, no estoy de acuerdo", "noviembre de 2026")]
    public async Task AnUndatedProposalTheParentDisputes_IsInTheCase_AndStayPutIsAdvised(string locale, string opening, string month)
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: locale);

        var turns = new List<IReadOnlyList<IMessageActivity>> { await client.SendAsync(opening) };
        for (var i = 0; i < 10 && Awaiting(turns[^1]) is { } field; i++)
        {
            turns.Add(await client.SendAsync(field == FactNames.State ? "Ohio" : "no"));
        }

        var facts = Data(turns[0])?["facts"] as JObject;
        Assert.Equal("2026-11-26", (string?)facts?[FactNames.PlacementChangeProposedOn]);
        Assert.Equal("2026-11-26", (string?)facts?[FactNames.DisputedActionOn]);
        Assert.Contains(month, turns[0].Joined(), StringComparison.Ordinal);
        Assert.DoesNotContain("26, 2026", turns[0].Joined(), StringComparison.Ordinal);
        Assert.DoesNotContain("26 de noviembre", turns[0].Joined(), StringComparison.Ordinal);
        Assert.Contains(StepIds.InvokeStayPut, turns[^1].Advice()!.StepIds());
    }

    private static JObject? Data(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? data["iepNavigator"] as JObject : null;

    private static string? Awaiting(IReadOnlyList<IMessageActivity> replies) => (string?)Data(replies)?["awaiting"];
}
