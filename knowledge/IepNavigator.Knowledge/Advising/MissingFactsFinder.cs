using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Advising;

/// <summary>
/// The unknown facts that would change the advice at the family's stage, most decisive first
/// (questions-by-stage.json), so the chat can ask the next question.
/// </summary>
internal sealed class MissingFactsFinder(QuestionsDocument questions)
{
    public const string UnknownStage = "unknown";

    public IReadOnlyList<string> Find(CaseFacts facts)
    {
        var stage = facts.Stage is { } s ? KnowledgeJson.EnumName(s) : UnknownStage;
        if (!questions.Stages.TryGetValue(stage, out var list))
        {
            return [];
        }

        var missing = new List<string>(list.Count);
        foreach (var question in list)
        {
            if (!CaseFactFields.Get(question.Fact).IsKnown(facts)
                && (question.IfKnown is null || CaseFactFields.Get(question.IfKnown).IsKnown(facts))
                && (question.IfTrue is null || CaseFactFields.Get(question.IfTrue).Read(facts) is true)
                && (question.UnlessTrue is null || CaseFactFields.Get(question.UnlessTrue).Read(facts) is not true)
                && (question.UnlessKnown is null || !CaseFactFields.Get(question.UnlessKnown).IsKnown(facts))
                && (question.IfOver is null || IsOver(question.IfOver, facts))
                && (question.UnlessOver is null || !IsOver(question.UnlessOver, facts))
                && !missing.Contains(question.Fact))
            {
                missing.Add(question.Fact);
            }
        }

        return missing;
    }

    private static bool IsOver(FactAbove above, CaseFacts facts) => CaseFactFields.Get(above.Fact).Read(facts) is int n && n > above.Than;
}
