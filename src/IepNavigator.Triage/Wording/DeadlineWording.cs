using IepNavigator.Knowledge.Content;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Triage.Wording;

/// <summary>
/// A packet's deadline in words, one way for the brief, the .docx and the webhook: what the date is (whose clock, and
/// the rule behind it) first, then the step that acts on it. "September 24, 2026 — The school's answer to the
/// evaluation request (Tex. Educ. Code 29.004(c)) — overdue" tells an advocate the school missed it; naming only the
/// step ("Notify the school in writing...— overdue") read as if the family had.
/// </summary>
public static class DeadlineWording
{
    /// <summary>What falls due: the clock with its rule, a letter's answer, the IEP meeting; the step when the clock is not known.</summary>
    public static string What(ContentStrings words, PacketDeadline deadline, Func<string?, string> letterTitle)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(letterTitle);
        return deadline.Kind switch
        {
            DeadlineKind.Step when ClockName(words, deadline) is { } clock =>
                deadline.Citation is { } citation ? words.Format("deadlines.cited", clock, citation) : clock,
            DeadlineKind.Step => words.Format("deadlines.step", UrgencyWording.StepLabel(words, deadline.StepId ?? "")),
            DeadlineKind.SchoolAnswer => words.Format("deadlines.school-answer", letterTitle(deadline.LetterId)),
            _ => words.Get("deadlines.iep-meeting"),
        };
    }

    /// <summary>"next step: …" when <see cref="What"/> named the clock rather than the step; otherwise null.</summary>
    public static string? NextStep(ContentStrings words, PacketDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline is { Kind: DeadlineKind.Step, StepId: { } stepId } && ClockName(words, deadline) is not null
            ? words.Format("deadlines.nextStep", UrgencyWording.StepLabel(words, stepId))
            : null;
    }

    /// <summary>The whole label without the date: what falls due, then the step that acts on it.</summary>
    public static string Label(ContentStrings words, PacketDeadline deadline, Func<string?, string> letterTitle) =>
        NextStep(words, deadline) is { } step ? What(words, deadline, letterTitle) + " — " + step : What(words, deadline, letterTitle);

    private static string? ClockName(ContentStrings words, PacketDeadline deadline) =>
        deadline.What is { } key ? words.Find("deadlineNames." + key) : null;
}
