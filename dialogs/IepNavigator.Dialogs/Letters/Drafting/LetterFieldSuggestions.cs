using System.Globalization;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Deadlines;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// A suggested answer to a letter's own field, shown in the chat's language and written into the English letter for the school in English.
/// </summary>
/// <param name="Shown">What the parent reads and takes with "Use this" (the chat's language; the Spanish copy's words).</param>
/// <param name="ForLetter">The same suggestion in English, for the letter the school gets.</param>
public sealed record LetterSuggestion(string Shown, string ForLetter);

/// <summary>
/// A suggested answer to a letter's own field, written from what the case already holds (messages.json
/// "letterSuggestion.*", for an advocate to review): shown under the field's question for the parent to take ("Use
/// this") or to replace with their own words. Only what the case states is written: a fact the case does not have (or
/// has only roughly, see <see cref="CaseRecord.FactsForLetters"/>) adds nothing, and a case with none of them gets no
/// suggestion. Written in both languages from the same facts, so a Spanish-speaking parent's English letter says it in
/// English rather than flagging their Spanish.
/// </summary>
public sealed class LetterFieldSuggestions(MessageCatalog messages)
{
    /// <summary>The IEP-meeting request's "what should the meeting cover?" (iep-meeting-request.liquid).</summary>
    public const string MeetingReasons = "meetingReasons";

    /// <summary>The overdue-timeline notice's "what should have happened, and by when?" (overdue-timeline.liquid).</summary>
    public const string OverdueStep = "overdueStep";

    // "other" names no area: the parent's own words say it better than "other areas".
    private static readonly ConcernArea[] Unnamed = [ConcernArea.Other];

    /// <summary>The suggested answer to <paramref name="field"/> for a case with <paramref name="facts"/> on <paramref name="today"/>, or null.</summary>
    public LetterSuggestion? For(string field, CaseFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var shown = In(field, facts, today, ContentLanguage.Current);
        return shown is null ? null : new LetterSuggestion(shown, In(field, facts, today, ContentLanguage.English) ?? shown);
    }

    private string? In(string field, CaseFacts facts, DateOnly today, string language)
    {
        var parts = field switch
        {
            MeetingReasons => MeetingReasonsIn(facts, language),
            // The deadlines the advice counts as passed ("the district's answer to my evaluation request was due by
            // November 2, 2026"): the parent was asked to say what the case already knew, and "you tell me" went into the letter.
            OverdueStep => [.. MissedDeadlines.Find(facts with { Today = today }, today, language).Select(m => Format(language,
                m.Estimated ? "letterSuggestion.overdueAbout" : "letterSuggestion.overdue", m.Name, PlainDates.Long(m.DueBy, language)))],
            _ => [],
        };
        return parts.Count == 0 ? null : string.Join(messages.In(language, "letterSuggestion.separator"), parts);
    }

    private List<string> MeetingReasonsIn(CaseFacts facts, string language)
    {
        var parts = new List<string>();
        var areas = (facts.Concerns ?? []).Distinct().Except(Unnamed).Select(a => messages.In(language, "letterSuggestion.concern." + KnowledgeJson.EnumName(a))).ToList();
        if (areas.Count > 0)
        {
            parts.Add(Format(language, "letterSuggestion.concerns", Listed(areas, language)));
        }
        AddWhen(parts, language, facts.MakingProgress == false, "letterSuggestion.notProgressing");
        AddWhen(parts, language, facts.ServicesDelivered == false, "letterSuggestion.servicesNotDelivered");
        AddWhen(parts, language, facts.GoalsMeasurable == false, "letterSuggestion.goalsNotMeasurable");
        AddWhen(parts, language, facts.HasProgressReports == false, "letterSuggestion.noProgressReports");
        AddWhen(parts, language, facts.RegressionOverBreaks == true, "letterSuggestion.regressionOverBreaks");
        if (facts.DisputedActionOn is { } disputed)
        {
            parts.Add(Format(language, "letterSuggestion.disputedAction", PlainDates.Long(disputed, language)));
        }
        return parts;
    }

    private void AddWhen(List<string> parts, string language, bool holds, string key)
    {
        if (holds)
        {
            parts.Add(messages.In(language, key));
        }
    }

    private string Format(string language, string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, messages.In(language, key), args);

    /// <summary>"reading, math and behavior".</summary>
    private string Listed(IReadOnlyList<string> names, string language) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + messages.In(language, "letterSuggestion.and") + names[^1];
}
