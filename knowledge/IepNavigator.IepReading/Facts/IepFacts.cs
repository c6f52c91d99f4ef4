using System.Globalization;
using IepNavigator.IepReading.Model;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.IepReading.Facts;

/// <summary>
/// The bridge from a read IEP to the knowledge base's <see cref="CaseFacts"/>: the last annual review (the meeting
/// date), the last evaluation, whether the goals are measurable, whether progress reports come, the child's age, and a
/// meeting still ahead. Values that are only likely (derived from another date, or whether reports actually arrive)
/// need the parent's confirmation.
/// </summary>
public static class IepFacts
{
    public static List<ImpliedFact> Imply(IepExtraction reading, DateOnly today, DateOnly? birthDate)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var facts = new List<ImpliedFact>();
        var dates = reading.Dates;

        if (dates.Meeting is { } meeting && meeting.Value > today)
        {
            facts.Add(new ImpliedFact(FactNames.IepMeetingOn, meeting.Value, meeting.Confidence, meeting.At, meeting.Ambiguous, "meeting-date-ahead"));
        }
        else if (dates.Meeting is { } held)
        {
            facts.Add(new ImpliedFact(FactNames.LastIepReviewOn, held.Value, held.Confidence, held.At, held.Ambiguous || held.Confidence < 0.7, "meeting-date"));
        }
        else if (dates.AnnualReviewDue is { } due && due.Value.AddYears(-1) <= today)
        {
            facts.Add(new ImpliedFact(FactNames.LastIepReviewOn, due.Value.AddYears(-1), 0.5, due.At, true, "annual-review-due-less-one-year"));
        }

        if (dates.LastEvaluation is { } last && last.Value <= today)
        {
            facts.Add(new ImpliedFact(FactNames.LastEvaluationOn, last.Value, last.Confidence, last.At, last.Ambiguous || last.Confidence < 0.7, "last-evaluation-date"));
        }
        else if (dates.ReevaluationDue is { } reevaluation && reevaluation.Value.AddYears(-3) <= today)
        {
            facts.Add(new ImpliedFact(FactNames.LastEvaluationOn, reevaluation.Value.AddYears(-3), 0.5, reevaluation.At, true, "reevaluation-due-less-three-years"));
        }

        var checkedGoals = reading.Goals.Where(g => g.Measurable is not null).ToList();
        if (checkedGoals.Count > 0)
        {
            bool all = checkedGoals.All(g => g.Measurable == true);
            var first = all ? checkedGoals[0] : checkedGoals.First(g => g.Measurable == false);
            facts.Add(new ImpliedFact(FactNames.GoalsMeasurable, all, Math.Round(checkedGoals.Min(g => g.Confidence), 2), first.At, false,
                all ? "every-goal-measurable" : "goal-" + first.Number.ToString(CultureInfo.InvariantCulture) + "-not-measurable"));
        }

        // The IEP promises reports, or does not mention them; whether reports actually arrive only the parent knows.
        var progress = reading.ProgressReporting;
        facts.Add(new ImpliedFact(FactNames.HasProgressReports, progress.Present, progress.Confidence, progress.At, true,
            progress.Present ? "iep-promises-progress-reports" : "iep-names-no-progress-reports"));

        if (birthDate is { } born && born < today)
        {
            int age = today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
            if (age is >= 0 and <= 22)
            {
                facts.Add(new ImpliedFact(FactNames.ChildAge, age, 0.95, null, false, "birth-date"));
            }
        }
        else if (reading.StudentAge is { } stated)
        {
            facts.Add(new ImpliedFact(FactNames.ChildAge, stated, 0.7, null, true, "age-on-iep"));
        }
        return facts;
    }

    /// <summary>
    /// The implied facts as <see cref="CaseFacts"/> to lay over the case (<see cref="CaseFactFields.Overlay"/>): only the
    /// ones that need no confirmation unless <paramref name="includeUnconfirmed"/> (after the parent said yes).
    /// </summary>
    public static CaseFacts ToCaseFacts(IEnumerable<ImpliedFact> facts, bool includeUnconfirmed = false)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var result = new CaseFacts();
        foreach (var fact in facts.Where(f => includeUnconfirmed || !f.NeedsConfirmation))
        {
            result = CaseFactFields.Get(fact.Name).Write(result, fact.Value);
        }
        return result;
    }
}
