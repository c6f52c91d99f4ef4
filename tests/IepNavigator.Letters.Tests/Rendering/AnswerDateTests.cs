using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Letters.Tests.Rendering;

/// <summary>
/// A letter's answer date is the state's own time to answer where it sets one, else the letter's days, and the letter
/// text and its .ics say the same date (the chat's paper trail and the advice use the same rule: Dialogs.Tests'
/// OneAnswerDateTests).
/// </summary>
public sealed class AnswerDateTests
{
    public static TheoryData<string?, DateOnly> EvaluationRequests => new()
    {
        // Illinois: 14 school days (23 IAC 226.110) from Thursday Nov 26; Thanksgiving and the day after are closed:
        // Nov 30 is the 1st, Dec 17 the 14th.
        { "IL", new DateOnly(2026, 12, 17) },
        // Ohio: 30 calendar days (OAC 3301-51-06).
        { "OH", new DateOnly(2026, 12, 26) },
        // Texas: 15 school days (TEC 29.004(c)): Nov 30 the 1st, Dec 18 the 15th.
        { "TX", new DateOnly(2026, 12, 18) },
        // No state time to answer (New York), or the state unknown: the letter's own 15 days.
        { "NY", new DateOnly(2026, 12, 11) },
        { null, new DateOnly(2026, 12, 11) },
    };

    [Theory]
    [MemberData(nameof(EvaluationRequests))]
    public void EvaluationRequest_AnswerBy_IsTheStatesTimeElseTheLettersDays_InTheLetterAndItsIcs(string? state, DateOnly due)
    {
        var facts = new CaseFacts { State = state, Concerns = [ConcernArea.Reading] };
        var fields = TestLetters.FullFields("evaluation-request");

        var text = TestLetters.Renderer.RenderText("evaluation-request", fields, facts, TestLetters.Today);
        var ics = TestLetters.Renderer.RenderIcs("evaluation-request", fields, facts, TestLetters.Today);

        Assert.Contains($"by {PlainDates.Long(due, "en")}", text.Value, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;VALUE=DATE:{due:yyyyMMdd}", ics.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void LetterWithoutATimeline_KeepsItsOwnDays_WhateverTheState()
    {
        var deadline = TestLetters.Catalog.Find("progress-data-request")!.Deadline;

        Assert.Null(deadline.Timeline);
        Assert.Equal(TestLetters.Today.AddDays(deadline.Days), deadline.DueAfter(TestLetters.Today, new CaseFacts { State = "TX" }));
    }

    [Fact]
    public void RecordsRequest_StateWithoutItsOwnRecordsTime_KeepsTheLettersOwnDays()
    {
        // records-request names the recordsAccess timeline (California's 5 business days); Texas has none of its own.
        var deadline = TestLetters.Catalog.Find("records-request")!.Deadline;

        Assert.Equal("recordsAccess", deadline.Timeline);
        Assert.Equal(TestLetters.Today.AddDays(deadline.Days), deadline.DueAfter(TestLetters.Today, new CaseFacts { State = "TX" }));
    }
}
