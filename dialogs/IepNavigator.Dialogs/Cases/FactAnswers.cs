using System.Globalization;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Dialogs.Understanding;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Cases;

/// <summary>Writes a prompt's typed answer into a case as a contract fact, and shows a fact back in plain words.</summary>
public sealed class FactAnswers(FactQuestionCatalog questions, StageCatalog stages, MessageCatalog messages)
{
    /// <summary>Records <paramref name="answer"/> (a <see cref="PromptAnswer{T}"/>) for <paramref name="fact"/>.</summary>
    public void Record(CaseRecord record, string fact, object? answer)
    {
        ArgumentNullException.ThrowIfNull(record);
        switch (answer)
        {
            case PromptAnswer<DateOnly> { IsUnknown: false, IsNone: false } date:
                record.SetFact(fact, date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case PromptAnswer<bool> { IsUnknown: false, IsNone: false } yesNo:
                record.SetFact(fact, yesNo.Value);
                break;
            case PromptAnswer<int> { IsUnknown: false, IsNone: false } number:
                record.SetFact(fact, number.Value);
                break;
            case PromptAnswer<IReadOnlyList<string>> { IsUnknown: false, IsNone: false, Value: { Count: > 0 } values }:
                record.SetFact(fact, questions.Find(fact)?.Kind == "multiChoice" ? new JArray(values) : values[0]);
                break;
            case PromptAnswer<string> { IsUnknown: false, IsNone: false, Value: { } text }:
                record.SetFact(fact, text);
                break;
            case IPromptAnswerState { IsNone: true }:
                record.MarkUnanswered(fact, CaseRecord.NoneAnswer);
                break;
            default:
                record.MarkUnanswered(fact, CaseRecord.UnknownAnswer);
                break;
        }
        ApplyConsequences(record, fact);
    }

    /// <summary>"Label: value" lines for every fact held, in the order of the questions file.</summary>
    public IReadOnlyList<(string Fact, string Label, string Value)> Describe(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var lines = new List<(string, string, string)>();
        if (record.Stage is { } stage)
        {
            lines.Add(("stage", messages["review.stageLabel"], stages.Stages.FirstOrDefault(s => s.Stage == stage)?.Label ?? stage));
        }
        foreach (var fact in questions.FactNames)
        {
            var question = questions.Find(fact)!;
            if (record.Facts[fact] is { } value)
            {
                lines.Add((fact, question.Label, Display(fact, question, value)));
            }
            else if (record.Unanswered.TryGetValue(fact, out var why))
            {
                lines.Add((fact, question.Label, messages[why == CaseRecord.NoneAnswer ? "review.none" : "review.unknown"]));
            }
        }
        return lines;
    }

    private string Display(string fact, FactQuestion question, JToken value) => question.Kind switch
    {
        "date" when DateOnly.TryParseExact((string?)value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => DateText.Long(date),
        "yesNo" => messages[(bool)value ? "button.yes" : "button.no"],
        "multiChoice" or "choice" => string.Join(", ", value.Values<string>().Select(v => question.Choices.FirstOrDefault(c => c.Value == v)?.Title ?? v)),
        "state" => questions.States.FirstOrDefault(s => s.Value == (string?)value)?.Title ?? (string?)value ?? "",
        _ => value.ToString(),
    } ?? fact;

    /// <summary>A request date means the family is past "just worried": the contract's concerned stage is "nothing asked yet".</summary>
    private static void ApplyConsequences(CaseRecord record, string fact)
    {
        if (fact == "evaluationRequestedOn" && record.Facts.ContainsKey(fact) && record.Stage == "concerned")
        {
            record.Facts["stage"] = "evaluation-requested";
        }
    }
}
