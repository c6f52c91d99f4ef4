using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>What a parent's opening already answers is not asked again — and a count of days is not taken for a date.</summary>
public sealed class OpeningFactsTests
{
    private static readonly FactQuestionCatalog Questions = new();

    [Theory]
    [InlineData("en-US", "My daughter was suspended again, that's 12 days this year", "November 14, 2026")]
    [InlineData("es-US", "La suspendieron otra vez, ya van 12 días este año", "14 de noviembre de 2026")]
    public async Task DisciplineOpening_WithDaysThisYear_FillsTheCount_NotADate(string locale, string opening, string wrongDate)
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: locale);

        var replies = (await client.SendAsync(opening)).Joined();

        using var language = ContentLanguage.Begin(locale);
        Assert.DoesNotContain(Questions.Find("daysRemovedThisYear")!.Question, replies, StringComparison.Ordinal);
        Assert.Contains(Questions.Find("daysRemovedThisYear")!.Label + ": 12", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongDate, replies, StringComparison.Ordinal); // 12 days before today is not when anything happened
    }

    [Fact]
    public async Task DisciplineOpening_WithDaysAgo_StillReadsTheDate()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();

        var replies = await client.SendAsync("They decided to expel him 3 weeks ago");

        // "3 weeks ago" is a day counted back, kept as said (2026-11-05) but shown as the month: the parent did not give a date.
        Assert.Equal("2026-11-05", (string?)((Newtonsoft.Json.Linq.JObject)replies[^1].ChannelData)["iepNavigator"]!["facts"]!["disciplineChangeOfPlacementOn"]);
        Assert.Contains("November 2026", replies.Joined(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "He was suspended last Monday and I don't know what to do", "November 23, 2026")]
    [InlineData("es-US", "Lo suspendieron el lunes pasado y no sé qué hacer", "23 de noviembre de 2026")]
    public async Task DisciplineOpening_SuspensionDate_IsNotTakenForAChangeOfPlacement(string locale, string opening, string date)
    {
        // A suspension's date would start a 10-school-day manifestation clock that does not exist (34 CFR 300.536).
        using var harness = new FlowHarness();
        var client = harness.Client(locale: locale);

        var replies = (await client.SendAsync(opening)).Joined();

        Assert.DoesNotContain(date, replies, StringComparison.Ordinal);
    }
}

