using System.Globalization;
using IepNavigator.Goals.Checking;
using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Extraction;

/// <summary>
/// What is worth raising with the team, from what was read (codes in explanations.json "findings"): goals missing a
/// part, services missing minutes, frequency, place or start, vague accommodations, no progress reporting, dates
/// overdue or further apart than the law allows (annual review, 3-year reevaluation), no transition plan at 14+.
/// </summary>
internal static class FindingsWriter
{
    /// <summary>An annual review due within this many days is worth preparing for now.</summary>
    public const int ReviewSoonDays = 60;

    public static List<IepFinding> Write(IepExtraction reading, DateOnly today)
    {
        var findings = new List<IepFinding>();
        void Add(IepSection section, string code, string? subject, SourceLocation? at) => findings.Add(new IepFinding(section, code, subject, at));

        if (reading.PresentLevels.Present && reading.PresentLevels.WordCount < SectionsReader.ShortPresentLevels)
        {
            Add(IepSection.PresentLevels, "present-levels-short", null, reading.PresentLevels.At);
        }
        foreach (var goal in reading.Goals)
        {
            var number = goal.Number.ToString(CultureInfo.InvariantCulture);
            if (goal.Check is not { } check)
            {
                continue;
            }
            if (!goal.HasBaseline)
            {
                Add(IepSection.Goals, "goal-missing-baseline", number, goal.At);
            }
            if (check.VagueSkill is not null || !check.Has(GoalPart.Skill))
            {
                Add(IepSection.Goals, "goal-vague-skill", number, goal.At);
            }
            if (!goal.HasCriterion)
            {
                Add(IepSection.Goals, "goal-missing-criterion", number, goal.At);
            }
            if (!goal.HasMeasure)
            {
                Add(IepSection.Goals, "goal-missing-measurement", number, goal.At);
            }
            if (!check.Has(GoalPart.Timeframe))
            {
                Add(IepSection.Goals, "goal-missing-timeframe", number, goal.At);
            }
        }
        foreach (var service in reading.Services)
        {
            if (service.Minutes is null)
            {
                Add(IepSection.Services, "service-missing-minutes", service.Name, service.At);
            }
            if (service.Frequency is null)
            {
                Add(IepSection.Services, "service-missing-frequency", service.Name, service.At);
            }
            if (service.Location is null)
            {
                Add(IepSection.Services, "service-missing-location", service.Name, service.At);
            }
            if (service.StartDate is null && reading.Dates.IepStart is null)
            {
                Add(IepSection.Services, "service-missing-start", service.Name, service.At);
            }
        }
        foreach (var accommodation in reading.Accommodations.Where(a => a.Vague))
        {
            Add(IepSection.Accommodations, "accommodation-vague", accommodation.Text, accommodation.At);
        }
        if (!reading.ProgressReporting.Present)
        {
            Add(IepSection.ProgressReporting, "progress-reporting-missing", null, null);
        }
        else if (reading.ProgressReporting.FrequencyWords is null)
        {
            Add(IepSection.ProgressReporting, "progress-reporting-no-frequency", null, reading.ProgressReporting.At);
        }

        var dates = reading.Dates;
        if (dates.AnnualReviewDue is { } due)
        {
            if (due.Value < today)
            {
                Add(IepSection.Dates, "annual-review-overdue", Iso(due.Value), due.At);
            }
            else if (due.Value.DayNumber - today.DayNumber <= ReviewSoonDays)
            {
                Add(IepSection.Dates, "annual-review-soon", Iso(due.Value), due.At);
            }
            if (dates.Meeting is { } meeting && due.Value > meeting.Value.AddYears(1))
            {
                Add(IepSection.Dates, "annual-review-over-a-year", Iso(due.Value), due.At);
            }
        }
        if (dates.ReevaluationDue is { } reevaluation)
        {
            if (reevaluation.Value < today)
            {
                Add(IepSection.Dates, "reevaluation-overdue", Iso(reevaluation.Value), reevaluation.At);
            }
            if (dates.LastEvaluation is { } last && reevaluation.Value > last.Value.AddYears(3))
            {
                Add(IepSection.Dates, "reevaluation-over-three-years", Iso(reevaluation.Value), reevaluation.At);
            }
        }
        if (reading.Transition is { Status: TransitionStatus.Missing } missing)
        {
            Add(IepSection.Transition, "transition-missing", missing.StudentAge?.ToString(CultureInfo.InvariantCulture), null);
        }
        else if (reading.Transition is { Status: TransitionStatus.Present } plan && (!plan.PostsecondaryGoals || !plan.TransitionServices))
        {
            Add(IepSection.Transition, "transition-incomplete", !plan.PostsecondaryGoals ? "postsecondaryGoals" : "transitionServices", plan.At);
        }
        return findings;
    }

    /// <summary>Dates travel as ISO text in findings; the explanation writes them in the reader's language.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
