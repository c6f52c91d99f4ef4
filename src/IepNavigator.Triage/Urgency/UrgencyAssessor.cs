using System.Globalization;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Triage.Urgency;

/// <summary>
/// Pure: the same facts, advice and day always give the same urgency. Each rule adds a reason; the level is
/// the highest level among them (routine when there is none).
/// </summary>
public static class UrgencyAssessor
{
    private const string DeadlinePassedWarning = "deadline-passed";

    public static UrgencyAssessment Assess(CaseFacts facts, Advice advice, DateOnly today, DateOnly? dueProcessFiledOn = null, UrgencyPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(advice);
        policy ??= UrgencyPolicy.Default;
        var reasons = new List<UrgencyReason>();
        void Add(string code, int? days = null, DateOnly? date = null, string? detail = null) =>
            reasons.Add(Reason(policy, code, days, date, detail));

        if (facts.DaysRemovedThisYear is int removed && removed > policy.DisciplineDaysThreshold)
        {
            Add("discipline-over-ten-days", days: removed);
        }

        if (facts.DisciplineChangeOfPlacementOn is DateOnly decided
            && decided <= today && today.DayNumber - decided.DayNumber <= policy.ChangeOfPlacementWindowDays)
        {
            Add("discipline-change-of-placement", date: decided);
        }

        if (facts.IepMeetingOn is DateOnly meeting && meeting >= today && meeting.DayNumber - today.DayNumber <= policy.MeetingWithinDays)
        {
            Add("meeting-within-days", days: policy.MeetingWithinDays, date: meeting);
        }

        if (dueProcessFiledOn is DateOnly filed && filed <= today && today.DayNumber - filed.DayNumber <= policy.DueProcessClockDays)
        {
            Add("due-process-clock-running", date: filed);
        }

        var passed = advice.Steps.Where(step => step.DueBy < today).ToList();
        if (passed.Count > 0 || advice.Warnings.Any(warning => warning.Code == DeadlinePassedWarning))
        {
            Add("deadline-passed", detail: passed.Count > 0 ? Describe(passed) : Describe(advice.Warnings));
        }

        var close = advice.Steps.Where(step => step.DueBy >= today && step.DueBy!.Value.DayNumber - today.DayNumber <= policy.DeadlineWithinDays).ToList();
        if (close.Count > 0)
        {
            Add("deadline-within-days", days: policy.DeadlineWithinDays, detail: Describe(close));
        }

        var level = reasons.Count == 0 ? UrgencyLevel.Routine : reasons.Max(reason => reason.Level);
        return new UrgencyAssessment(level, reasons);
    }

    private static UrgencyReason Reason(UrgencyPolicy policy, string code, int? days, DateOnly? date, string? detail)
    {
        if (!policy.Reasons.TryGetValue(code, out var text))
        {
            throw new InvalidDataException($"content/urgency.json has no reason '{code}'.");
        }

        var sentence = text.Text
            .Replace("{days}", days?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal)
            .Replace("{date}", date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal)
            .Replace("{detail}", detail ?? string.Empty, StringComparison.Ordinal);
        return new UrgencyReason(code, text.Level, sentence);
    }

    private static string Describe(IEnumerable<NextStep> steps) =>
        string.Join("; ", steps.Select(step => $"{step.Title} ({step.DueBy!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"));

    private static string Describe(IEnumerable<AdviceWarning> warnings) =>
        string.Join("; ", warnings.Where(warning => warning.Code == DeadlinePassedWarning).Select(warning => warning.Message));
}
