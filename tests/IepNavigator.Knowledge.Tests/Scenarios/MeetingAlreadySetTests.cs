using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using static IepNavigator.Knowledge.Tests.AdvisorFixture;

namespace IepNavigator.Knowledge.Tests.Scenarios;

/// <summary>
/// An IEP in place with problems (goals not measurable, no progress, services missing, behavior concerns, the annual
/// review due) and an IEP meeting already set: with the meeting soon, the problems go into preparing for it (the
/// concerns statement), not into asking for another meeting; with it months away or past, asking for a meeting stays.
/// </summary>
public class MeetingAlreadySetTests
{
    private static readonly DateOnly Day = new(2026, 12, 6);

    private static CaseFacts EveryProblem(DateOnly? meetingOn) => new()
    {
        Stage = Stage.IepInPlace, GoalsMeasurable = false, MakingProgress = false, ServicesDelivered = false,
        BehaviorConcerns = true, HasBehaviorPlan = false, IepMeetingOn = meetingOn,
    };

    // What each problem's sentence says, in the meeting request's reasons and in the preparation reasons alike.
    private static readonly string[] ProblemsNamed = ["cannot be measured", "not making progress", "not being delivered", "behavior concerns"];

    [Theory]
    [InlineData(2026, 12, 20)] // two weeks ahead
    [InlineData(2027, 1, 15)] // over the winter break, the case a parent met
    public void Advise_MeetingSetSoon_PrepareForItWithEveryProblemNoNewMeetingRequest(int year, int month, int day)
    {
        var advice = Advise(EveryProblem(new DateOnly(year, month, day)), Day);

        Assert.False(advice.Has("request-iep-meeting"));
        var prepare = advice.Require("write-parent-concerns");
        Assert.All(ProblemsNamed, problem => Assert.Contains(problem, prepare.Why, StringComparison.Ordinal));
        Assert.Contains("meeting already set", prepare.Why, StringComparison.Ordinal);
        // The rules behind each problem are linked with the statement's own.
        Assert.Equal(["34 CFR 300.324(a)(1)(ii)", "34 CFR 300.322", "34 CFR 300.324(b)", "34 CFR 300.320", "34 CFR 300.323(c)", "34 CFR 300.324(a)(2)(i)"],
            prepare.Citations);
        // Missing services are still asked for now, in writing; the meeting does not wait for them.
        Assert.Equal(Urgency.Now, advice.Require("request-services-delivered").Urgency);
    }

    [Theory]
    [InlineData("goals", "cannot be measured")]
    [InlineData("progress", "not making progress")]
    [InlineData("services", "not being delivered")]
    [InlineData("behavior", "behavior concerns")]
    public void Advise_OneProblemMeetingInTwoWeeks_ThatProblemInThePreparation(string problem, string named)
    {
        var facts = new CaseFacts
        {
            Stage = Stage.IepInPlace, MakingProgress = problem == "progress" ? false : true, IepMeetingOn = new(2026, 12, 20),
            GoalsMeasurable = problem == "goals" ? false : null, ServicesDelivered = problem == "services" ? false : null,
            BehaviorConcerns = problem == "behavior" ? true : null,
        };

        var advice = Advise(facts, Day);

        Assert.False(advice.Has("request-iep-meeting"));
        Assert.Contains(named, advice.Require("write-parent-concerns").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_MeetingEightMonthsAway_AskForAnEarlierMeetingAsToday()
    {
        var advice = Advise(EveryProblem(new DateOnly(2027, 8, 6)), Day);

        var request = advice.Require("request-iep-meeting");
        Assert.All(ProblemsNamed, problem => Assert.Contains(problem, request.Why, StringComparison.Ordinal));
        // The statement for the far meeting is still suggested, for that meeting alone.
        Assert.DoesNotContain("meeting already set", advice.Require("write-parent-concerns").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_MeetingWasLastMonth_AskForAMeetingAsToday()
    {
        var advice = Advise(EveryProblem(new DateOnly(2026, 11, 10)), Day);

        var request = advice.Require("request-iep-meeting");
        Assert.All(ProblemsNamed, problem => Assert.Contains(problem, request.Why, StringComparison.Ordinal));
        Assert.False(advice.Has("write-parent-concerns"));
    }

    [Fact]
    public void Advise_WindowEdge_LastDayPreparesDayAfterAsksForAMeeting()
    {
        var window = KnowledgeContent.Default.Policy.SetMeetingCoversRequestDays;

        Assert.False(Advise(EveryProblem(Day.AddDays(window)), Day).Has("request-iep-meeting"));
        Assert.True(Advise(EveryProblem(Day.AddDays(window + 1)), Day).Has("request-iep-meeting"));
    }

    [Fact]
    public void Advise_AnnualReviewOverdueMeetingInTwoWeeks_HoldTheReviewAtThatMeeting()
    {
        var advice = Advise(new CaseFacts { Stage = Stage.IepInPlace, LastIepReviewOn = new(2025, 11, 20), IepMeetingOn = new(2026, 12, 20) }, Day);

        Assert.False(advice.Has("request-iep-meeting"));
        Assert.Contains("held as the annual review", advice.Require("write-parent-concerns").Why, StringComparison.Ordinal);
        // The missed review is still reported as missed.
        Assert.Equal("deadline-passed", advice.Warnings[0].Code);
    }

    [Fact]
    public void Advise_AnnualReviewOverdueMeetingWasLastMonth_AskForAMeetingAsToday()
    {
        // The meeting came after the review's due date (November 20), so it was not the review on time.
        var advice = Advise(new CaseFacts { Stage = Stage.IepInPlace, LastIepReviewOn = new(2025, 11, 20), IepMeetingOn = new(2026, 11, 25) }, Day);

        Assert.Equal(Urgency.Now, advice.Require("request-iep-meeting").Urgency);
        Assert.False(advice.Has("write-parent-concerns"));
    }

    [Fact]
    public void Advise_MeetingSetSoonInSpanish_ProblemsInThePreparation()
    {
        using var _ = ContentLanguage.Begin(ContentLanguage.Spanish);

        var advice = Advise(EveryProblem(new DateOnly(2026, 12, 20)), Day);

        Assert.False(advice.Has("request-iep-meeting"));
        var why = advice.Require("write-parent-concerns").Why;
        Assert.Contains("no se pueden medir", why, StringComparison.Ordinal);
        Assert.Contains("no está progresando", why, StringComparison.Ordinal);
        Assert.Contains("reunión ya programada", why, StringComparison.Ordinal);
    }
}
