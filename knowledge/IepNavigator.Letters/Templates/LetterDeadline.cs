namespace IepNavigator.Letters.Templates;

/// <summary>
/// The deadline a letter starts, e.g. id <c>answer-due</c>: the school's written answer is due
/// <see cref="Days"/> calendar days after the letter is sent. The .ics reminds the parent
/// <see cref="ReminderDaysBefore"/> days ahead.
/// </summary>
public sealed record LetterDeadline(string Id, string Title, int Days, int ReminderDaysBefore)
{
    /// <summary>The due date for a letter sent (or dated) on <paramref name="sentOn"/>.</summary>
    public DateOnly DueAfter(DateOnly sentOn) => sentOn.AddDays(Days);
}
