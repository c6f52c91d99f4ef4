using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Dialogs.Tests.Cases;

/// <summary>
/// The typed case's operations that the understanding of free text (issue 17) and corrections at any time (issue 18)
/// build on: apply what a parent stated, learn exactly what changed, keep "I don't know", "it hasn't happened" and
/// approximate dates straight, and show them back.
/// </summary>
public sealed class CaseRecordTests
{
    private static readonly FactAnswers Answers = new(new FactQuestionCatalog(), new StageCatalog(), new MessageCatalog());

    [Fact]
    public void Apply_AStatedState_ChangesIt_AndSaysWhatChangedSoTheReplyCanSayNotedOhio()
    {
        var record = new CaseRecord();
        record.SetStage(Stage.IepInPlace);

        var changes = record.Apply(new CaseStatement { Facts = new CaseFacts { State = "OH" } });

        var change = Assert.Single(changes);
        Assert.Equal((FactNames.State, null, (object?)"OH"), (change.Fact, change.Before, change.After));
        Assert.Equal("OH", record.Facts.State);
        var noted = Answers.Describe(record).Where(l => changes.Contains(l.Fact)).Select(l => $"{l.Label}: {l.Value}");
        Assert.Equal(["Your state: Ohio"], noted);
    }

    [Fact]
    public void Apply_TheSameStatementTwice_ChangesNothingTheSecondTime()
    {
        var record = new CaseRecord();
        var statement = new CaseStatement { Facts = new CaseFacts { Concerns = [ConcernArea.Reading, ConcernArea.Math], HasRecords = true } };
        Assert.Equal(2, record.Apply(statement).Count);

        var again = record.Apply(new CaseStatement { Facts = new CaseFacts { Concerns = [ConcernArea.Reading, ConcernArea.Math], HasRecords = true } });

        Assert.Empty(again);
    }

    [Fact]
    public void Apply_AValueAfterIDontKnow_ReplacesTheAnswer_AndAnUnknownClearsAValue()
    {
        var record = new CaseRecord();
        record.MarkUnanswered(FactNames.ConsentSignedOn, FactAnswer.Unknown);

        var known = Assert.Single(record.Set(FactNames.ConsentSignedOn, new DateOnly(2026, 10, 1)));
        Assert.Equal((FactAnswer.Unknown, (FactAnswer?)null), (known.AnsweredBefore, known.AnsweredAfter));
        Assert.Null(record.AnswerOf(FactNames.ConsentSignedOn));

        var unknown = Assert.Single(record.MarkUnanswered(FactNames.ConsentSignedOn, FactAnswer.NotYet));
        Assert.Equal((new DateOnly(2026, 10, 1), (object?)null, FactAnswer.NotYet), ((DateOnly)unknown.Before!, unknown.After, unknown.AnsweredAfter));
        Assert.Null(record.Facts.ConsentSignedOn);
        Assert.True(record.IsAnswered(FactNames.ConsentSignedOn));
    }

    [Fact]
    public void Apply_WithoutOverwrite_FillsOnlyWhatTheParentHasNotAnswered()
    {
        var record = new CaseRecord();
        record.Set(FactNames.DaysRemovedThisYear, 4);
        record.MarkUnanswered(FactNames.HasBehaviorPlan, FactAnswer.Unknown);

        var changes = record.Apply(new CaseStatement { Facts = new CaseFacts { DaysRemovedThisYear = 12, HasBehaviorPlan = true, BehaviorConcerns = true } }, overwrite: false);

        Assert.Equal([FactNames.BehaviorConcerns], changes.Names);
        Assert.Equal(4, record.Facts.DaysRemovedThisYear);
        Assert.Equal(FactAnswer.Unknown, record.AnswerOf(FactNames.HasBehaviorPlan));
    }

    [Fact]
    public void Apply_AnApproximateDate_IsKeptWithItsPrecision_AndShownAsTheMonth()
    {
        var record = new CaseRecord();

        var change = Assert.Single(record.Apply(CaseStatement.Of(FactNames.IeeRequestedOn, new DateOnly(2026, 4, 15), DatePrecision.Month)));

        Assert.Equal(FactNames.IeeRequestedOn, change.Fact);
        Assert.Equal(DatePrecision.Month, record.PrecisionOf(FactNames.IeeRequestedOn));
        Assert.Equal(new DateOnly(2026, 4, 15), record.Facts.IeeRequestedOn);
        Assert.Contains(Answers.Describe(record), l => l.Fact == FactNames.IeeRequestedOn && l.Value == "April 2026");
        // The exact day, said later, is a change even though the date is the same.
        Assert.Single(record.Set(FactNames.IeeRequestedOn, new DateOnly(2026, 4, 15)));
        Assert.Equal(DatePrecision.Day, record.PrecisionOf(FactNames.IeeRequestedOn));
    }

    [Fact]
    public void Apply_ARequestDateOnAWorriedCase_MovesItToEvaluationRequested_AndReportsTheStage()
    {
        var record = new CaseRecord();
        record.SetStage(Stage.Concerned);

        var changes = record.Set(FactNames.EvaluationRequestedOn, new DateOnly(2026, 9, 3));

        Assert.Equal([FactNames.EvaluationRequestedOn, FactNames.Stage], changes.Names);
        Assert.Equal(Stage.EvaluationRequested, record.Stage);
    }

    [Fact]
    public void Apply_NotAskedYet_OnAnEvaluationRequestedCase_MovesItBackToConcerned_AndReportsTheStage()
    {
        var record = new CaseRecord();
        record.SetStage(Stage.EvaluationRequested);

        var changes = record.MarkUnanswered(FactNames.EvaluationRequestedOn, FactAnswer.NotYet);

        Assert.Equal([FactNames.EvaluationRequestedOn, FactNames.Stage], changes.Names);
        Assert.Equal(Stage.Concerned, record.Stage);
    }

    [Fact]
    public void Apply_UnknownRequestDate_KeepsTheEvaluationRequestedStage()
    {
        var record = new CaseRecord();
        record.SetStage(Stage.EvaluationRequested);

        record.MarkUnanswered(FactNames.EvaluationRequestedOn, FactAnswer.Unknown);

        Assert.Equal(Stage.EvaluationRequested, record.Stage);
    }

    [Fact]
    public void Apply_ANameOutsideTheContract_IsRefused()
    {
        var record = new CaseRecord();

        Assert.Throws<InvalidOperationException>(() => record.Apply(new CaseStatement { Unknown = ["favouriteColour"] }));
        Assert.Throws<InvalidOperationException>(() => record.Set("favouriteColour", true));
        Assert.Throws<ArgumentException>(() => record.Set(FactNames.ChildAge, "nine"));
    }

    [Fact]
    public void Describe_NoneInARow_ReadsAsTheButton_NotAsNothingHappened()
    {
        var record = new CaseRecord();
        record.SetStage(Stage.Discipline);
        record.Set(FactNames.DaysRemovedThisYear, 12);
        record.MarkUnanswered(FactNames.ConsecutiveDaysRemoved, FactAnswer.NotYet);

        var lines = Answers.Describe(record);

        var run = Assert.Single(lines, l => l.Fact == FactNames.ConsecutiveDaysRemoved);
        Assert.Equal("None were in a row", run.Value);
        Assert.DoesNotContain("hasn't happened", run.Value, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Describe_ListsTheStageFirst_ThenValuesAndAnswersInQuestionOrder()
    {
        var record = new CaseRecord();
        record.SetStage(Stage.Discipline);
        record.Set(FactNames.DaysRemovedThisYear, 12);
        record.MarkUnanswered(FactNames.DisciplineChangeOfPlacementOn, FactAnswer.NotYet);
        record.MarkUnanswered(FactNames.HasBehaviorPlan, FactAnswer.Unknown);

        var lines = Answers.Describe(record);

        Assert.Equal(FactNames.Stage, lines[0].Fact);
        Assert.Contains(lines, l => l.Fact == FactNames.DaysRemovedThisYear && l.Value == "12");
        Assert.Contains(lines, l => l.Fact == FactNames.DisciplineChangeOfPlacementOn && l.Value == "No, nothing like that");
        Assert.Contains(lines, l => l.Fact == FactNames.HasBehaviorPlan && l.Value == new MessageCatalog()["review.unknown"]);
    }

    [Fact]
    public void CaseStatement_StatingNothing_IsEmpty()
    {
        Assert.True(CaseStatement.Empty.IsEmpty);
        Assert.False(new CaseStatement { NotYet = [FactNames.IeeRequestedOn] }.IsEmpty);
        Assert.False(CaseStatement.Of(FactNames.State, "TX").IsEmpty);
    }
}
