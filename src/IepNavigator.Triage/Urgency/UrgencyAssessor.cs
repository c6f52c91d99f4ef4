using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Triage.Urgency;

/// <summary>
/// Pure: the same facts, advice and day always give the same urgency. Each rule adds a reason; the level is
/// the highest level among them (routine when there is none). Sentences are in <c>language</c> (the advocates').
/// </summary>
public static class UrgencyAssessor
{
    private const string DeadlinePassedWarning = "deadline-passed";

    public static UrgencyAssessment Assess(CaseFacts facts, Advice advice, DateOnly today, DateOnly? dueProcessFiledOn = null, UrgencyPolicy? policy = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(advice);
        policy ??= UrgencyPolicy.Default;
        language ??= ContentLanguage.Current;
        var reasons = new List<UrgencyReason>();
        void Add(string code, int? days = null, DateOnly? date = null, IReadOnlyList<DatedStep>? steps = null, string? detail = null)
        {
            if (!policy.Reasons.TryGetValue(code, out var level))
            {
                throw new InvalidDataException($"content/urgency.json has no reason '{code}'.");
            }
            var reason = new UrgencyReason(code, level, string.Empty) { Days = days, Date = date, Steps = steps ?? [], Detail = detail };
            reasons.Add(reason with { Text = UrgencyWording.Sentence(reason, language) });
        }

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

        var filedOn = dueProcessFiledOn ?? facts.DueProcessFiledOn;
        if (filedOn is DateOnly filed && filed <= today && today.DayNumber - filed.DayNumber <= policy.DueProcessClockDays)
        {
            Add("due-process-clock-running", date: filed);
        }

        var passed = advice.Steps.Where(step => step.DueBy < today).Select(Dated).ToList();
        if (passed.Count > 0 || advice.Warnings.Any(warning => warning.Code == DeadlinePassedWarning))
        {
            Add("deadline-passed", steps: passed, detail: passed.Count > 0 ? null : Describe(advice.Warnings));
        }

        var close = advice.Steps.Where(step => step.DueBy >= today && step.DueBy!.Value.DayNumber - today.DayNumber <= policy.DeadlineWithinDays).Select(Dated).ToList();
        if (close.Count > 0)
        {
            Add("deadline-within-days", days: policy.DeadlineWithinDays, steps: close);
        }

        var level = reasons.Count == 0 ? UrgencyLevel.Routine : reasons.Max(reason => reason.Level);
        return new UrgencyAssessment(level, reasons);
    }

    private static DatedStep Dated(NextStep step) => new(step.Id, step.DueBy!.Value) { What = step.DeadlineKind };

    private static string Describe(IEnumerable<AdviceWarning> warnings) =>
        string.Join("; ", warnings.Where(warning => warning.Code == DeadlinePassedWarning).Select(warning => warning.Message));
}
