namespace IepNavigator.Understanding.Reading;

/// <summary>How a message answers the question the bot had just asked.</summary>
public enum AnswerKind
{
    /// <summary>A value of the right type (<see cref="AwaitedAnswer.Value"/>).</summary>
    Value,
    /// <summary>"I don't know", "not sure", "depends", "maybe", "no sé": a full answer; the advice copes.</summary>
    Unknown,
    /// <summary>It has not happened: "not yet", "no, todavía no", "there was no consent form".</summary>
    None,
    /// <summary>A question put in place of an answer ("do I have to give my email?"): answer it, then ask again.</summary>
    Question,
    /// <summary>Neither a value nor a non-answer we recognise: ask again, never store it.</summary>
    Unclear,
    /// <summary>A value of another kind: a school or district typed where a person's name is asked ("Fresno Unified").</summary>
    OtherKind,
}

/// <summary>
/// The answer to the awaited fact or letter field. <see cref="Value"/> is typed by the field: a
/// <see cref="DateOnly"/> for a date fact or date of birth, bool for yes/no, int for a count, a USPS code for the
/// state, a list of concern areas, or a checked string for a letter field (a person's name, an email, a phone
/// number, a school). Everything else the message said is in the rest of the <see cref="MessageReading"/>.
/// </summary>
public sealed record AwaitedAnswer(string Field, AnswerKind Kind, object? Value = null, bool Approximate = false)
{
    /// <summary>For a yes/no answer that says more ("no. he's supposed to get breaks..."): the rest is a detail, not the answer.</summary>
    public bool HasMore { get; init; }

    /// <summary>A date answer that named its day ("October 14", "Oct 14 I think"): shown with the day even when hedged.</summary>
    public bool DayGiven { get; init; }
}
