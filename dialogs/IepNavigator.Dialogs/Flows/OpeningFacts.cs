using System.Globalization;
using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Understanding.Text;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Flows;

/// <summary>
/// Facts a parent already gave in the opening message ("I asked in September and heard nothing",
/// "she's behind in reading"), so they are not asked again. Only facts not yet answered are filled.
/// </summary>
public sealed partial class OpeningFacts(StageRecognizer recognizer, StageCatalog stages, FactQuestionCatalog questions)
{
    private const string DaysRemovedFact = "daysRemovedThisYear";

    private static readonly string[] ConcernStages = ["concerned", "evaluation-requested"];

    /// <summary>Fills what <paramref name="opening"/> answers for <paramref name="stage"/>; returns the facts set.</summary>
    public IReadOnlyList<string> Apply(CaseRecord record, string stage, string? opening, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var set = new List<string>();
        if (string.IsNullOrWhiteSpace(opening))
        {
            return set;
        }
        foreach (var (fact, value) in recognizer.Recognize(opening).ImpliedFacts(stage))
        {
            if (!record.IsAnswered(fact) && value is not null)
            {
                record.SetFact(fact, JToken.Parse(value.ToJsonString()));
                set.Add(fact);
            }
        }
        var normalized = TextNormalizer.Normalize(opening);
        if (stage == "discipline" && !record.IsAnswered(DaysRemovedFact) && DaysThisYear().Match(normalized) is { Success: true } days
            && int.TryParse(days.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 200)
        {
            // "that's 12 days this year", "ya van 12 días este año": the count the discipline rules need.
            record.SetFact(DaysRemovedFact, count);
            set.Add(DaysRemovedFact);
        }
        var dateFact = stages.Stages.FirstOrDefault(s => s.Stage == stage)?.DateFact;
        if (dateFact is not null && !record.IsAnswered(dateFact)
            && NaturalDateParser.ParseInStory(opening, today) is { } date && date.Date <= today)
        {
            record.SetFact(dateFact, date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            set.Add(dateFact);
        }
        if (ConcernStages.Contains(stage) && !record.IsAnswered("concerns") && questions.Find("concerns") is { } concerns)
        {
            var found = ChoiceRecognizer.Recognize(opening, concerns.Choices.Where(c => c.Value != "other").ToList(), allowMultiple: true);
            if (found.Count > 0)
            {
                record.SetFact("concerns", new JArray(found));
                set.Add("concerns");
            }
        }
        return set;
    }


    [GeneratedRegex(@"\b(?<n>\d{1,3})\s+(school\s+days?|days?|dias(\s+escolares)?|dias\s+de\s+escuela)\b(?!\s+(ago|back|before))(?:\W+\w+){0,4}?\W+(this\s+(school\s+)?year|so\s+far|in\s+total|total|este\s+ano(\s+escolar)?|en\s+total|en\s+lo\s+que\s+va\s+del\s+ano)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DaysThisYear();
}
