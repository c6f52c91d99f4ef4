using IepNavigator.Dialogs.Conversation;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Conversation;

/// <summary>
/// A school-day deadline shown without the school's own breaks says it is an estimate and asks for them; the breaks a
/// parent gives ("winter break Dec 21 - Jan 1") go into the case, and the dates are counted with them (issue 19 item 6).
/// </summary>
public sealed class SchoolBreaksTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("winter break Dec 21 - Jan 1", "2026-12-21", "2027-01-01")]
    [InlineData("Winter break is December 21 to January 1", "2026-12-21", "2027-01-01")]
    [InlineData("vacaciones de invierno del 21 de diciembre al 1 de enero", "2026-12-21", "2027-01-01")]
    [InlineData("thanksgiving break nov 23-27", "2026-11-23", "2026-11-27")]
    [InlineData("spring break 3/22 - 3/26", "2027-03-22", "2027-03-26")]
    public void Read_ABreakWithItsDates_IsTheRangeNearestToday(string message, string from, string to) =>
        Assert.Equal(new DateRange(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)),
            Assert.Single(SchoolBreaksInterruption.Read(TextNormalizer.Normalize(message), Today)));

    [Theory]
    [InlineData("we took a break from therapy")]
    [InlineData("the meeting is Dec 21")]
    [InlineData("break Jan 5 - Dec 30")]
    [InlineData("will start a conversation with a classmate at recess by May 2027")]
    public void Read_NoRangeOrNoSensibleOne_IsNothing(string message) =>
        Assert.Empty(SchoolBreaksInterruption.Read(TextNormalizer.Normalize(message), Today));

    [Theory]
    [InlineData("en-US", "I asked for an evaluation on October 1 and signed consent on October 5", "Texas", "(an estimate)", "winter break Dec 21 - Jan 1", "Noted your school's breaks")]
    [InlineData("es-US", "Pedí una evaluación el 1 de octubre y firmé el consentimiento el 5 de octubre", "Texas", "(un cálculo aproximado)", "vacaciones de invierno del 21 de diciembre al 1 de enero", "Tomé nota de las vacaciones de su escuela")]
    public async Task SchoolDayDeadline_SaysItIsAnEstimate_ThenCountsTheBreaksTheParentGives(
        string locale, string opening, string state, string estimate, string breaks, string noted)
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: locale);

        var replies = await client.SendAsync(opening + ". " + state + ".");
        for (var turn = 0; turn < 6 && !replies.Any(r => r.Text?.Contains(estimate, StringComparison.Ordinal) == true); turn++)
        {
            replies = await client.SendAsync(locale == "es-US" ? "No sé" : "I don't know");
        }
        Assert.Contains(replies, r => r.Text?.Contains(estimate, StringComparison.Ordinal) == true);

        var after = await client.SendAsync(breaks);

        var text = after.Joined();
        Assert.Contains(noted, text, StringComparison.Ordinal);
        var facts = (JObject?)((JObject?)after[^1].ChannelData)?["iepNavigator"]?["facts"];
        var given = Assert.Single((JArray)facts!["schoolBreaks"]!);
        Assert.Equal("2026-12-21", (string?)given["from"]);
        Assert.Equal("2027-01-01", (string?)given["to"]);
        // Counted with the school's breaks now: no longer called an estimate.
        var again = await client.SendAsync(locale == "es-US" ? "empezar de nuevo" : "start over");
        Assert.DoesNotContain(estimate, again.Joined(), StringComparison.Ordinal);
    }
}
