using IepNavigator.Understanding.Text;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Tests.Goals;

/// <summary>No question asked twice in the progress log: a date or a number a parent already gave in a sentence is taken from it.</summary>
public sealed class ProgressLogAnswerTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private readonly GoalHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task DatesAndNumbersGivenInASentence_AreNotAskedAgain()
    {
        var client = _harness.Client();
        await client.SendAsync("check my goals");
        await client.SendAsync(GoalConversationTests.VagueGoal);
        var asked = new List<string> { (await client.SendAsync("Track progress on a goal")).Joined() };
        asked.Add((await client.SendAsync("words per minute")).Joined());
        asked.Add((await client.SendAsync("30 in september 2026")).Joined());
        var tracking = (await client.SendAsync("70 by june 2027")).Joined();
        var afterPoint = (await client.SendAsync("october he got 32")).Joined();
        var saved = (await client.SendAsync("Progress report")).Joined();

        var all = string.Join("\n", asked) + tracking + afterPoint;
        Assert.DoesNotContain("When was the starting number measured?", all);
        Assert.DoesNotContain("By what date should the goal be met?", all);
        // "by june 2027" runs to the end of June, as the goal's own "By May 2027" runs to May 31.
        Assert.Contains("Tracking goal 1: from 30 to 70 words per minute by June 30, 2027.", tracking);
        Assert.Contains("When was this measured?", tracking);
        Assert.DoesNotContain("What was the number", afterPoint);
        Assert.Contains("Where does that number come from?", afterPoint);
        Assert.Contains("Saved: 32 words per minute on October 1, 2026 (progress report).", saved);
    }

    [Theory]
    [InlineData("october he got 32", 32.0)]
    [InlineData("Oct 15: 47 wcpm", 47.0)]
    [InlineData("in september 2026 he read 30", 30.0)]
    [InlineData("3 weeks ago, about 52", 52.0)]
    [InlineData("10/15/2026 - 80%", 80.0)]
    [InlineData("el 5 de octubre sacó 41", 41.0)]
    [InlineData("52.5", 52.5)]
    [InlineData("Oct 15", null)]
    [InlineData("september 2026, i just said that", null)]
    [InlineData("3 weeks ago", null)]
    public void ValueOutsideDates_NeverReadsADatesNumber(string text, double? expected)
    {
        Assert.Equal(expected, GoalAnswerReader.ValueOutsideDates(text));
    }

    [Theory]
    [InlineData("30 in september 2026", "2026-09-01")]
    [InlineData("45, measured Oct 3", "2026-10-03")]
    [InlineData("about 30", null)]
    [InlineData("30", null)]
    public void DateBesideValue_ReadsOnlyADatesOwnWords(string text, string? expected)
    {
        var date = GoalAnswerReader.DateBesideValue(text, Today, DateDirection.Past);

        Assert.Equal(expected, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task EndDateGivenAsAMonth_RunsToTheMonthsEnd_SoTheAimLineIsNotSteeper()
    {
        // "june 2027" to "By what date should the goal be met?" was June 1: the aim line ended a month early and
        // judged the child behind sooner than the goal does.
        var client = _harness.Client();
        await client.SendAsync("check my goals");
        await client.SendAsync(GoalConversationTests.VagueGoal);
        await client.SendAsync("Track progress on a goal");
        await client.SendAsync("percent correct");
        await client.SendAsync("40");
        await client.SendAsync("80");
        await client.SendAsync("june 2027");
        var tracking = (await client.SendAsync("september 2026, i just said that")).Joined();

        Assert.Contains("Tracking goal 1: from 40 to 80 percent correct by June 30, 2027.", tracking);
        Assert.Contains("When was this measured?", tracking);
    }

    [Theory]
    [InlineData("june 2027", "2027-06-01", "2027-06-30")]
    [InlineData("by junio de 2027", "2027-06-01", "2027-06-30")]
    [InlineData("90 by february 2028", "2028-02-01", "2028-02-29")]
    [InlineData("June 15, 2027", "2027-06-15", "2027-06-15")]
    [InlineData("6/1/2027", "2027-06-01", "2027-06-01")]
    [InlineData("el 1 de junio de 2027", "2027-06-01", "2027-06-01")]
    [InlineData("the end of the year", "2027-06-01", "2027-06-01")]
    public void EndOfNamedMonth_AMonthWithoutADay_IsItsLastDay(string text, string read, string expected)
    {
        var date = GoalAnswerReader.EndOfNamedMonth(text, DateOnly.Parse(read, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ValueOutsideDates_HugeHostileText_IsBoundedAndStillAnswers()
    {
        // Linear-time matching: a long run of near-dates does not stall a turn, and the value is still found.
        var text = string.Concat(Enumerable.Repeat("oct 1 oct 2 ", 5_000)) + " he got 32";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var value = GoalAnswerReader.ValueOutsideDates(text);

        watch.Stop();
        Assert.Equal(32, value);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}
