using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Triage.Tests.Urgency;

public sealed class UrgencyAssessorTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly Advice NoAdvice = new() { Disclaimer = "d" };

    private static IReadOnlyList<string> Codes(UrgencyAssessment assessment) => assessment.Reasons.Select(reason => reason.Code).ToList();

    [Fact]
    public void Assess_NothingPressing_IsRoutineWithoutReasons()
    {
        var result = UrgencyAssessor.Assess(new CaseFacts { Stage = Stage.Concerned, IepMeetingOn = Today.AddDays(30) }, NoAdvice, Today);

        Assert.Equal(UrgencyLevel.Routine, result.Level);
        Assert.Empty(result.Reasons);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void Assess_DaysRemoved_UrgentOnlyPastTen(int days, bool urgent)
    {
        var result = UrgencyAssessor.Assess(new CaseFacts { DaysRemovedThisYear = days }, NoAdvice, Today);

        Assert.Equal(urgent ? UrgencyLevel.Urgent : UrgencyLevel.Routine, result.Level);
        Assert.Equal(urgent, Codes(result).Contains("discipline-over-ten-days"));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(7, true)]
    [InlineData(8, false)]
    [InlineData(-1, false)]
    public void Assess_MeetingDate_UrgentWithinSevenDays(int inDays, bool urgent)
    {
        var result = UrgencyAssessor.Assess(new CaseFacts { IepMeetingOn = Today.AddDays(inDays) }, NoAdvice, Today);

        Assert.Equal(urgent, Codes(result).Contains("meeting-within-days"));
        Assert.Equal(urgent ? UrgencyLevel.Urgent : UrgencyLevel.Routine, result.Level);
    }

    [Fact]
    public void Assess_DueProcessFiledRecently_ClockRunningIsUrgent_OldFilingIsNot()
    {
        var running = UrgencyAssessor.Assess(new CaseFacts(), NoAdvice, Today, dueProcessFiledOn: Today.AddDays(-20));
        var over = UrgencyAssessor.Assess(new CaseFacts(), NoAdvice, Today, dueProcessFiledOn: Today.AddDays(-120));

        Assert.Equal(["due-process-clock-running"], Codes(running));
        Assert.Equal(UrgencyLevel.Urgent, running.Level);
        Assert.Empty(over.Reasons);
    }

    [Fact]
    public void Assess_StepDuePassed_IsPriorityAndNamesTheStep()
    {
        var advice = NoAdvice with { Steps = [Step("escalate-overdue-timeline", "Ask why the evaluation is late", Today.AddDays(-3))] };

        var result = UrgencyAssessor.Assess(new CaseFacts(), advice, Today, language: "en");

        Assert.Equal(UrgencyLevel.Priority, result.Level);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal("deadline-passed", reason.Code);
        // Named as the advocates name the step (packet-text.json), with its date: never the id, never "your child".
        Assert.Contains("Notify the school in writing that a required deadline has passed (October 30, 2026)", reason.Text, StringComparison.Ordinal);
        Assert.Equal([new DatedStep("escalate-overdue-timeline", Today.AddDays(-3))], reason.Steps);
    }

    [Fact]
    public void Assess_UrgentAndPriorityTogether_LevelIsTheHighestAndKeepsAllReasons()
    {
        var advice = NoAdvice with { Steps = [Step("request-records", "Ask for records", Today.AddDays(2))] };
        var facts = new CaseFacts { DisciplineChangeOfPlacementOn = Today.AddDays(-2) };

        var result = UrgencyAssessor.Assess(facts, advice, Today);

        Assert.Equal(UrgencyLevel.Urgent, result.Level);
        Assert.Equal(["discipline-change-of-placement", "deadline-within-days"], Codes(result));
    }

    private static NextStep Step(string id, string title, DateOnly due) =>
        new() { Id = id, Title = title, Why = "why", Urgency = Knowledge.Advising.Urgency.Now, DueBy = due };
}
