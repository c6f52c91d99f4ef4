using System.Globalization;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge;

/// <summary>
/// Checks facts that parsed as JSON but cannot be true: a past date in the future (every date but iepMeetingOn),
/// an unknown state code, an age outside 0-22, negative removal days or more days in a row than in the year, an
/// undefined enum value, a school break that ends before it starts or lasts longer than any school break.
/// Type errors and impossible dates (2026-02-30) are caught earlier by <see cref="KnowledgeJson.Options"/>.
/// </summary>
public static class CaseFactsValidator
{
    private static readonly Lazy<ValidationDocument> Document = new(() => KnowledgeContent.Files.Read<ValidationDocument>("validation.json"));
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
            errors.Add(new FactError(FactNames.DaysRemovedThisYear, Message(doc, "negative-days", n => n == "field" ? FactNames.DaysRemovedThisYear : null)));
        }

        if (facts.ConsecutiveDaysRemoved < 0)
        {
            errors.Add(new FactError(FactNames.ConsecutiveDaysRemoved, Message(doc, "negative-days", n => n == "field" ? FactNames.ConsecutiveDaysRemoved : null)));
        }
        else if (facts.ConsecutiveDaysRemoved > facts.DaysRemovedThisYear)
        {
            // A run of days in a row is part of the year's total; more in a row than in all is a typing slip.
            errors.Add(new FactError(FactNames.ConsecutiveDaysRemoved, Message(doc, "consecutive-over-total", _ => null)));
        }

        if (facts.SchoolBreaks is { } breaks)
        {
            if (breaks.Count > doc.MaxSchoolBreaks)
            {
                errors.Add(new FactError(FactNames.SchoolBreaks, Message(doc, "too-many-breaks",
                    n => n == "max" ? doc.MaxSchoolBreaks.ToString(CultureInfo.InvariantCulture) : null)));
            }
            else if (breaks.Any(b => b is null || b.To < b.From || b.To.DayNumber - b.From.DayNumber + 1 > doc.MaxBreakDays))
            {
                errors.Add(new FactError(FactNames.SchoolBreaks, Message(doc, "break-range",
                    n => n == "max" ? doc.MaxBreakDays.ToString(CultureInfo.InvariantCulture) : null)));
            }
        }

        return errors;
    }

    /// <summary>
    /// Every date fact of the contract (<see cref="CaseFactFields"/>) records something already done, but the IEP meeting,
    /// which may lie ahead: a new date fact is checked too unless it is named here.
    /// </summary>
    private static IEnumerable<(string Field, DateOnly? Date)> PastDates(CaseFacts facts) =>
        CaseFactFields.All
            .Where(field => field.Kind == FactKind.Date && field.Name != FactNames.IepMeetingOn)
            .Select(field => (field.Name, (DateOnly?)field.Read(facts)));

    private static string Message(ValidationDocument doc, string key, Func<string, string?> valueOf) =>
        TemplateText.Fill(doc.Messages.TryGetValue(key, out var text) ? text
            : throw new InvalidOperationException($"validation.json has no message '{key}'."), valueOf);
}
