using System.Globalization;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using IepNavigator.Knowledge.Steps;

namespace IepNavigator.Knowledge.Advising;

/// <summary>Turns a rule's reason key into the "why" sentence, filling placeholders from the facts.</summary>
internal sealed partial class ReasonRenderer(StepCatalog steps, PhrasesDocument phrases, TimelineBook timelines, DeadlineRuleWriter deadlineRules)
{
    /// <summary>The reason a rule named in this catalog's language (its template and citations); content must have it.</summary>
    public StepReason ReasonOf(Recommendation recommendation) =>
        steps.Reason(recommendation.StepId, recommendation.ReasonKey)
            ?? throw new InvalidOperationException(
                $"steps.json has no reason '{recommendation.ReasonKey}' for step '{recommendation.StepId}'.");

    /// <summary>The "why" sentence of <paramref name="reason"/>, the reason <paramref name="recommendation"/> names.</summary>
    public string Render(StepReason reason, Recommendation recommendation, CaseFacts facts, CaseContext context) =>
        TemplateText.Fill(reason.Template, (Renderer: this, recommendation, facts, context),
            static (s, name) => s.Renderer.ValueOf(name, s.recommendation, s.facts, s.context));

    /// <summary>The facts a reason's placeholders are filled from (contract names), in the order the sentence names them.</summary>
    public IReadOnlyList<string> FactsOf(StepReason reason) =>
        // Read once per reason of the catalog, not on every call; keyed by the reason itself (hashing the sentence cost
        // more than reading the cache).
        factsByReason.GetOrAdd(reason, static r => [.. Placeholder().Matches(r.Template).Select(p => FactOf(p.Groups[1].Value)).OfType<string>()]);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<StepReason, string[]> factsByReason = new();

    /// <summary>The fact a placeholder shows; null for what the rules compute (dueBy, deadlineRule...).</summary>
    private static string? FactOf(string placeholder) => placeholder switch
    {
        "concerns" => FactNames.Concerns,
        "state" or "filingLimit" => FactNames.State,
        "age" => FactNames.ChildAge,
        "daysRemoved" => FactNames.DaysRemovedThisYear,
        "consecutiveDays" => FactNames.ConsecutiveDaysRemoved,
        "placementOn" => FactNames.PlacementChangeProposedOn,
        "filedOn" => FactNames.DueProcessFiledOn,
        "disputedOn" => FactNames.DisputedActionOn,
        "requestedOn" => FactNames.EvaluationRequestedOn,
        "consentOn" => FactNames.ConsentSignedOn,
        "meetingOn" => FactNames.IepMeetingOn,
        "lastEvaluationOn" => FactNames.LastEvaluationOn,
        "lastReviewOn" => FactNames.LastIepReviewOn,
        "ieeRequestedOn" or "daysSinceIee" => FactNames.IeeRequestedOn,
        "eligibilityOn" => FactNames.EligibilityDecidedOn,
        "evaluationOn" => FactNames.EvaluationCompletedOn,
        "changeOn" => FactNames.DisciplineChangeOfPlacementOn,
        "requestedRecordsOn" => FactNames.RecordsRequestedOn,
        _ => null,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    private string? ValueOf(ReadOnlySpan<char> name, Recommendation recommendation, CaseFacts f, CaseContext context) => name switch
    {
        "concerns" => ConcernList(f.Concerns),
        "state" => f.State,
        "age" => f.ChildAge?.ToString(CultureInfo.InvariantCulture),
        "daysRemoved" => f.DaysRemovedThisYear?.ToString(CultureInfo.InvariantCulture),
        "consecutiveDays" => f.ConsecutiveDaysRemoved?.ToString(CultureInfo.InvariantCulture),
        "placementOn" => PlainDates.Format(f.PlacementChangeProposedOn),
        "filedOn" => PlainDates.Format(f.DueProcessFiledOn),
        "disputedOn" => PlainDates.Format(f.DisputedActionOn),
        "filingLimit" => deadlineRules.WriteFilingLimit(timelines, f.State),
        // The IEP written at the review due on dueBy runs a year from then.
        "nextIepEnds" => PlainDates.Format(recommendation.Deadline?.DueBy.AddYears(1)),
        "requestedOn" => PlainDates.Format(f.EvaluationRequestedOn),
        "consentOn" => PlainDates.Format(f.ConsentSignedOn),
        "meetingOn" => PlainDates.Format(f.IepMeetingOn),
        "lastEvaluationOn" => PlainDates.Format(f.LastEvaluationOn),
        "lastReviewOn" => PlainDates.Format(f.LastIepReviewOn),
        "ieeRequestedOn" => PlainDates.Format(f.IeeRequestedOn),
        "eligibilityOn" => PlainDates.Format(f.EligibilityDecidedOn),
        "evaluationOn" => PlainDates.Format(f.EvaluationCompletedOn),
        "changeOn" => PlainDates.Format(f.DisciplineChangeOfPlacementOn),
        "requestedRecordsOn" => PlainDates.Format(f.RecordsRequestedOn),
        "daysSinceIee" => f.IeeRequestedOn is { } iee
            ? context.DaysSince(iee).ToString(CultureInfo.InvariantCulture) : null,
        "dueBy" => PlainDates.Format(recommendation.Deadline?.DueBy),
        "deadlineRule" => recommendation.Deadline?.Rule,
        "deadlineName" => recommendation.Deadline is { } d ? phrases.DeadlineName(DeadlineKeys.Of(d.Kind)) : null,
        _ => null,
    };

    private string? ConcernList(IReadOnlyList<ConcernArea>? concerns)
    {
        if (concerns is not { Count: > 0 })
        {
            return null;
        }

        var names = concerns.Distinct().Select(ConcernName).ToList();
        return names.Count == 1 ? names[0]
            : string.Join(phrases.ListSeparator, names.Take(names.Count - 1)) + phrases.ListLastSeparator + names[^1];
    }

    private string ConcernName(ConcernArea area)
    {
        var key = KnowledgeJson.EnumName(area);
        return phrases.ConcernNames.TryGetValue(key, out var name) ? name : key;
    }
}
