using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge;

namespace IepNavigator.Dialogs.Cases;

/// <summary>
/// A prompt's typed answer as a statement about a contract fact, and facts shown back in plain words. Every generic
/// "record the answer for fact X" and "describe fact X" goes through <see cref="CaseFactFields"/>.
/// </summary>
public sealed class FactAnswers(FactQuestionCatalog questions, StageCatalog stages, MessageCatalog messages)
{
    /// <summary>Records <paramref name="answer"/> (a <see cref="PromptAnswer{T}"/>) for <paramref name="fact"/>; returns what changed.</summary>
    public FactChanges Record(CaseRecord record, string fact, object? answer)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Apply(ToStatement(fact, answer));
    }

    /// <summary>What <paramref name="answer"/> says about <paramref name="fact"/>: its value, "it hasn't happened", or "I don't know".</summary>
    public static CaseStatement ToStatement(string fact, object? answer)
    {
        var field = CaseFactFields.Get(fact);
        object? value = answer switch
        {
            PromptAnswer<DateOnly> { IsUnknown: false, IsNone: false } date when field.Kind == FactKind.Date => date.Value,
            PromptAnswer<bool> { IsUnknown: false, IsNone: false } yesNo when field.Kind == FactKind.YesNo => yesNo.Value,
            PromptAnswer<int> { IsUnknown: false, IsNone: false } number when field.Kind == FactKind.Count => number.Value,
            PromptAnswer<IReadOnlyList<string>> { IsUnknown: false, IsNone: false, Value: { Count: > 0 } values } => FromChoices(field, values),
            PromptAnswer<string> { IsUnknown: false, IsNone: false, Value: { } text } => FromChoices(field, [text]),
            _ => null,
        };
        var precision = field.Kind == FactKind.Date && answer is IPromptAnswerState { Approximate: true } ? DatePrecision.Month : (DatePrecision?)null;
        return value is not null ? CaseStatement.Of(fact, value, precision)
            : CaseStatement.Answered(fact, answer is IPromptAnswerState { IsNone: true } ? FactAnswer.NotYet : FactAnswer.Unknown);
    }

    /// <summary>A choice prompt's values (contract spellings from questions.json) as the fact's value, or null.</summary>
    private static object? FromChoices(CaseFactField field, IReadOnlyList<string> values) => field.Kind switch
    {
        FactKind.State => values[0],
        FactKind.Stage => FactJson.TryParseEnum<Stage>(values[0], out var stage) ? stage : null,
        FactKind.Concerns => values.Select(v => FactJson.TryParseEnum<ConcernArea>(v, out var area) ? area : (ConcernArea?)null).OfType<ConcernArea>().ToList() is { Count: > 0 } areas ? areas : null,
        _ => null,
    };

    /// <summary>"Label: value" lines for every fact held, in the order of the questions file (the stage first).</summary>
    public IReadOnlyList<(string Fact, string Label, string Value)> Describe(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var lines = new List<(string, string, string)>();
        if (record.Stage is { } stage)
        {
            lines.Add((FactNames.Stage, messages["review.stageLabel"], StageLabel(stage)));
        }
        foreach (var fact in questions.FactNames)
        {
            var question = questions.Find(fact)!;
            var field = CaseFactFields.Find(fact);
            if (field?.IsKnown(record.Facts) == true)
            {
                lines.Add((fact, question.Label, Display(field, question, field.Read(record.Facts)!, record.PrecisionOf(fact))));
            }
            else if (record.AnswerOf(fact) is { } answer)
            {
                // "Not yet" reads as the button the parent tapped ("None were in a row", "Not decided yet") where the question
                // has one; a bare "hasn't happened yet" beside "Longest run of days in a row" read as if no removal happened.
                lines.Add((fact, question.Label, answer == FactAnswer.NotYet
                    ? question.None is { Title.Length: > 0 } none ? none.Title : messages["review.none"]
                    : messages["review.unknown"]));
            }
        }
        return lines;
    }

    /// <summary>The stage as the parent reads it (stages.json's label).</summary>
    public string StageLabel(Stage stage)
    {
        var name = KnowledgeJson.EnumName(stage);
        return stages.Stages.FirstOrDefault(s => s.Stage == name)?.Label ?? name;
    }

    private string Display(CaseFactField field, FactQuestion question, object value, DatePrecision precision) => value switch
    {
        DateOnly date when precision == DatePrecision.Month => Knowledge.Content.PlainDates.MonthYear(date, Knowledge.Content.ContentLanguage.Current),
        DateOnly date when precision == DatePrecision.Year => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateOnly date => DateText.Long(date),
        bool yes => messages[yes ? "button.yes" : "button.no"],
        int count => count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Stage stage => StageLabel(stage),
        IEnumerable<ConcernArea> areas => string.Join(", ", areas.Select(a => KnowledgeJson.EnumName(a)).Select(v => question.Choices.FirstOrDefault(c => c.Value == v)?.Title ?? v)),
        string code when field.Kind == FactKind.State => questions.States.FirstOrDefault(s => s.Value == code)?.Title ?? code,
        _ => value.ToString() ?? field.Name,
    };
}
