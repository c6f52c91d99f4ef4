using System.Globalization;
using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Dialogs.Understanding;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Flows;

/// <summary>
/// Facts a parent already gave in the opening message ("I asked in September and heard nothing",
/// "she's behind in reading"), so they are not asked again. Only facts not yet answered are filled.
/// </summary>
public sealed class OpeningFacts(StageRecognizer recognizer, StageCatalog stages, FactQuestionCatalog questions)
{
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
        var dateFact = stages.Stages.FirstOrDefault(s => s.Stage == stage)?.DateFact;
        if (dateFact is not null && !record.IsAnswered(dateFact)
            && NaturalDateParser.Parse(opening, today) is { } date && date.Date <= today)
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
}
