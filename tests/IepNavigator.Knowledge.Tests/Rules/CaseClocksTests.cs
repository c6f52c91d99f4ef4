using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Rules.Model;

namespace IepNavigator.Knowledge.Tests.Rules;

/// <summary>
/// The one fact the deadline rules match: a rule looks a clock up by kind (and trigger), so two clocks the lookup cannot
/// tell apart would make a rule that once fired per deadline fire once: that is refused, not silently merged.
/// </summary>
public class CaseClocksTests
{
    private static readonly DateOnly Day = new(2026, 11, 26);

    private static Deadline Clock(DeadlineKind kind, string trigger, bool passed, bool schoolDuty = true) =>
        new(kind, Day.AddDays(-100), passed ? Day.AddDays(-1) : Day.AddDays(10), "rule", passed, schoolDuty) { Trigger = trigger };

    [Fact]
    public void StateComplaintWindows_ToldApartByTrigger()
    {
        var afterMissed = Clock(DeadlineKind.StateComplaintWindow, Triggers.Violation, passed: false, schoolDuty: false);
        var disputed = Clock(DeadlineKind.StateComplaintWindow, Triggers.DisputedAction, passed: false, schoolDuty: false);
        var clocks = new CaseClocks([afterMissed, disputed]);

        Assert.Same(afterMissed, clocks.Running(DeadlineKind.StateComplaintWindow, Triggers.Violation));
        Assert.Same(disputed, clocks.Running(DeadlineKind.StateComplaintWindow, Triggers.DisputedAction));
    }

    [Fact]
    public void TwoClocksOfOneKindAndTrigger_Refused() =>
        Assert.Throws<InvalidOperationException>(() => new CaseClocks(
            [Clock(DeadlineKind.AnnualReview, "", passed: false), Clock(DeadlineKind.AnnualReview, "", passed: true)]));

    [Fact]
    public void MissedClocks_InTheCalculatorsOrder_RunningAndPassedByDate()
    {
        var review = Clock(DeadlineKind.AnnualReview, "", passed: true);
        var records = Clock(DeadlineKind.RecordsAccess, "", passed: false);
        var evaluation = Clock(DeadlineKind.InitialEvaluation, Triggers.Consent, passed: true);
        var clocks = new CaseClocks([review, records, evaluation]);

        Assert.Equal([review, evaluation], clocks.Missed);
        Assert.True(clocks.AnyMissed);
        Assert.Same(records, clocks.Running(DeadlineKind.RecordsAccess));
        Assert.Null(clocks.Passed(DeadlineKind.RecordsAccess));
        Assert.Same(review, clocks.Passed(DeadlineKind.AnnualReview));
        Assert.Null(clocks.Running(DeadlineKind.AnnualReview));
        Assert.Null(clocks.Of(DeadlineKind.DueProcessWindow));
    }
}
