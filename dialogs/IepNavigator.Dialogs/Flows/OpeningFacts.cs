using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge;

namespace IepNavigator.Dialogs.Flows;

/// <summary>
/// Facts a parent already gave in the opening message ("I asked in September and heard nothing",
/// "she's behind in reading"), so they are not asked again. Only facts not yet answered are filled.
/// </summary>
public sealed partial class OpeningFacts(StageRecognizer recognizer, StageCatalog stages, FactQuestionCatalog questions)
{
    private static readonly Stage[] ConcernStages = [Stage.Concerned, Stage.EvaluationRequested];
    private static readonly string OtherConcern = KnowledgeJson.EnumName(ConcernArea.Other);

    /// <summary>Fills what <paramref name="opening"/> answers for <paramref name="stage"/>; returns what changed.</summary>
    public FactChanges Apply(CaseRecord record, Stage stage, string? opening, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.IsNullOrWhiteSpace(opening) ? FactChanges.None : record.Apply(Read(stage, opening, today), overwrite: false);
    }

    /// <summary>What <paramref name="opening"/> states for a case at <paramref name="stage"/>.</summary>
    public CaseStatement Read(Stage stage, string opening, DateOnly today)
    {
        var facts = new CaseFacts();
        foreach (var (fact, value) in recognizer.Recognize(opening).ImpliedFacts(KnowledgeJson.EnumName(stage)))
        {
            // stages.json spells implied facts in the contract's JSON; one that is not a fact's value is a content error.
            if (value is not null && CaseFactFields.Find(fact) is { } field && FactJson.TryRead(field, JsonSerializer.SerializeToElement(value), out var typed))
            {
                facts = field.Write(facts, typed);
            }
        }
        var normalized = TextNormalizer.Normalize(opening);
        if (stage == Stage.Discipline && facts.DaysRemovedThisYear is null && DaysThisYear().Match(normalized) is { Success: true } days
            && int.TryParse(days.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 200)
        {
            // "that's 12 days this year", "ya van 12 días este año": the count the discipline rules need.
            facts = facts with { DaysRemovedThisYear = count };
        }
        var definition = stages.Find(stage);
        // A date fills its fact only when the opening says what the fact is (a suspension's date is not an expulsion decision's).
        var saysWhatTheDateIs = definition is null || definition.DateFactOnlyWith.Count == 0
            || definition.DateFactOnlyWith.Any(p => $" {normalized} ".Contains($" {p} ", StringComparison.Ordinal));
        if (saysWhatTheDateIs && definition?.DateFact is { } dateFact && CaseFactFields.Find(dateFact) is { Kind: FactKind.Date } dateField && !dateField.IsKnown(facts)
            && NaturalDateParser.ParseInStory(opening, today) is { } date && date.Date <= today)
        {
            facts = dateField.Write(facts, date.Date);
        }
        if (ConcernStages.Contains(stage) && facts.Concerns is null && questions.Find(FactNames.Concerns) is { } concerns)
        {
            // "I asked in writing" names no writing worry: such phrases (both languages) are taken out before looking.
            var told = $" {normalized} ";
            foreach (var phrase in questions.NotMeaning(FactNames.Concerns))
            {
                told = told.Replace($" {phrase} ", " ", StringComparison.Ordinal);
            }
            var found = ChoiceRecognizer.Recognize(told, concerns.Choices.Where(c => c.Value != OtherConcern).ToList(), allowMultiple: true)
                .Select(v => FactJson.TryParseEnum<ConcernArea>(v, out var area) ? area : (ConcernArea?)null).OfType<ConcernArea>().ToList();
            if (found.Count > 0)
            {
                facts = facts with { Concerns = found };
            }
        }
        return new CaseStatement { Facts = facts };
    }

    [GeneratedRegex(@"\b(?<n>\d{1,3})\s+(school\s+days?|days?|dias(\s+escolares)?|dias\s+de\s+escuela)\b(?!\s+(ago|back|before))(?:\W+\w+){0,4}?\W+(this\s+(school\s+)?year|so\s+far|in\s+total|total|este\s+ano(\s+escolar)?|en\s+total|en\s+lo\s+que\s+va\s+del\s+ano)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DaysThisYear();
}
