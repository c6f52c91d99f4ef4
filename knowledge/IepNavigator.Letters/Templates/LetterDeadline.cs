using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Letters.Templates;

/// <summary>
/// The deadline a letter starts, e.g. id <c>answer-due</c>: the school's written answer is due <see cref="Days"/>
/// calendar days after the letter is sent, unless the state sets its own time for that answer (<see cref="Timeline"/>).
/// The .ics reminds the parent <see cref="ReminderDaysBefore"/> days ahead.
/// </summary>
public sealed record LetterDeadline(string Id, string Title, int Days, int ReminderDaysBefore)
{
    /// <summary>The state timeline that sets the answer date where the case's state has one (<see cref="AnswerDeadlines"/>), or null.</summary>
    public string? Timeline { get; init; }

    /// <summary>
    /// The answer date for a letter sent (or dated) on <paramref name="sentOn"/> in this case: the one rule the chat,
    /// the letter text, the paper trail, the .ics and the advice share (<see cref="AnswerDeadlines.For"/>).
    /// </summary>
    public DateOnly DueAfter(DateOnly sentOn, CaseFacts facts) => AnswerDeadlines.For(Timeline, Days, sentOn, facts).DueBy;
}
