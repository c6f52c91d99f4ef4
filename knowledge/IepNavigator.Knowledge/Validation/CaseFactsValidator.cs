using System.Globalization;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge;

/// <summary>
/// Checks facts that parsed as JSON but cannot be true: a past date in the future (every date but iepMeetingOn),
/// an unknown state code, an age outside 0-22, negative removal days, an undefined enum value.
/// Type errors and impossible dates (2026-02-30) are caught earlier by <see cref="KnowledgeJson.Options"/>.
/// </summary>
public static class CaseFactsValidator
{
    private static readonly Lazy<ValidationDocument> Document = new(() => EmbeddedContent.Read<ValidationDocument>("validation.json"));
    private static readonly Lazy<HashSet<string>> StateCodes = new(() => new HashSet<string>(Document.Value.StateCodes, StringComparer.Ordinal));

    /// <summary>The fields in error, in contract order; empty when the facts are valid.</summary>
    public static IReadOnlyList<FactError> Validate(CaseFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var doc = Document.Value;
        var errors = new List<FactError>();

        if (facts.State is { } state && !StateCodes.Value.Contains(state))
        {
            errors.Add(new FactError("state", Message(doc, "unknown-state", n => n == "value" ? state : null)));
        }

        if (facts.ChildAge is { } age && (age < doc.MinChildAge || age > doc.MaxChildAge))
        {
            errors.Add(new FactError("childAge", Message(doc, "child-age", n => n switch
            {
                "min" => doc.MinChildAge.ToString(CultureInfo.InvariantCulture),
                "max" => doc.MaxChildAge.ToString(CultureInfo.InvariantCulture),
                _ => null,
            })));
        }

        if (facts.Concerns?.Any(c => !Enum.IsDefined(c)) == true)
        {
            errors.Add(new FactError("concerns", Message(doc, "unknown-concern", _ => null)));
        }

        foreach (var (field, date) in PastDates(facts))
        {
            if (date is { } d && d > today)
            {
                errors.Add(new FactError(field, Message(doc, "future-date", n => n switch
                {
                    "field" => field,
                    "date" => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => null,
                })));
            }
        }

        if (facts.DaysRemovedThisYear < 0)
        {
            errors.Add(new FactError("daysRemovedThisYear", Message(doc, "negative-days", _ => null)));
        }

        if (facts.ConsecutiveDaysRemoved < 0)
        {
            errors.Add(new FactError("consecutiveDaysRemoved", Message(doc, "negative-days", _ => null)));
        }

        return errors;
    }

    /// <summary>Every date of the contract that records something already done (iepMeetingOn may lie ahead).</summary>
    private static IEnumerable<(string Field, DateOnly? Date)> PastDates(CaseFacts f) =>
    [
        ("evaluationRequestedOn", f.EvaluationRequestedOn),
        ("consentSignedOn", f.ConsentSignedOn),
        ("evaluationCompletedOn", f.EvaluationCompletedOn),
        ("eligibilityDecidedOn", f.EligibilityDecidedOn),
        ("lastEvaluationOn", f.LastEvaluationOn),
        ("lastIepReviewOn", f.LastIepReviewOn),
        ("recordsRequestedOn", f.RecordsRequestedOn),
        ("disciplineChangeOfPlacementOn", f.DisciplineChangeOfPlacementOn),
        ("ieeRequestedOn", f.IeeRequestedOn),
        ("disputedActionOn", f.DisputedActionOn),
        ("placementChangeProposedOn", f.PlacementChangeProposedOn),
        ("dueProcessFiledOn", f.DueProcessFiledOn),
    ];

    private static string Message(ValidationDocument doc, string key, Func<string, string?> valueOf) =>
        TemplateText.Fill(doc.Messages.TryGetValue(key, out var text) ? text
            : throw new InvalidOperationException($"validation.json has no message '{key}'."), valueOf);
}
