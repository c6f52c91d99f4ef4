using IepNavigator.Knowledge;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// A suggested answer to a letter's own field, written from what the case already holds, in the chat's language
/// (messages.json "letterSuggestion.*", for an advocate to review): shown under the field's question for the parent
/// to take ("Use this") or to replace with their own words. Only what the case states is written: a fact the case
/// does not have (or has only roughly, see <see cref="CaseRecord.FactsForLetters"/>) adds nothing, and a case with
/// none of them gets no suggestion.
/// </summary>
public sealed class LetterFieldSuggestions(MessageCatalog messages)
{
    /// <summary>The IEP-meeting request's "what should the meeting cover?" (iep-meeting-request.liquid).</summary>
    public const string MeetingReasons = "meetingReasons";

    // "other" names no area: the parent's own words say it better than "other areas".
    private static readonly ConcernArea[] Unnamed = [ConcernArea.Other];

    /// <summary>The suggested answer to <paramref name="field"/> for a case with <paramref name="facts"/>, or null.</summary>
    public string? For(string field, CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (field != MeetingReasons)
        {
            return null;
        }
        var parts = new List<string>();
        var areas = (facts.Concerns ?? []).Distinct().Except(Unnamed).Select(a => messages["letterSuggestion.concern." + KnowledgeJson.EnumName(a)]).ToList();
        if (areas.Count > 0)
        {
            parts.Add(messages.Format("letterSuggestion.concerns", Listed(areas)));
        }
        AddWhen(parts, facts.MakingProgress == false, "letterSuggestion.notProgressing");
        AddWhen(parts, facts.ServicesDelivered == false, "letterSuggestion.servicesNotDelivered");
        AddWhen(parts, facts.GoalsMeasurable == false, "letterSuggestion.goalsNotMeasurable");
        AddWhen(parts, facts.HasProgressReports == false, "letterSuggestion.noProgressReports");
        AddWhen(parts, facts.RegressionOverBreaks == true, "letterSuggestion.regressionOverBreaks");
        if (facts.DisputedActionOn is { } disputed)
        {
            parts.Add(messages.Format("letterSuggestion.disputedAction", PlainDates.Long(disputed, ContentLanguage.Current)));
        }
        return parts.Count == 0 ? null : string.Join(messages["letterSuggestion.separator"], parts);
    }

    private void AddWhen(List<string> parts, bool holds, string key)
    {
        if (holds)
        {
            parts.Add(messages[key]);
        }
    }

    /// <summary>"reading, math and behavior".</summary>
    private string Listed(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + messages["letterSuggestion.and"] + names[^1];
}
