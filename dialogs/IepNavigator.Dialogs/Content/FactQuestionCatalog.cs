using IepNavigator.Dialogs.Runtime.Prompts;

namespace IepNavigator.Dialogs.Content;

/// <summary>The question for each fact of the contract (content/questions.json) and the US states list.</summary>
public sealed class FactQuestionCatalog
{
    private readonly Dictionary<string, FactQuestion> _facts;

    public FactQuestionCatalog()
        : this(ContentFile.Read<QuestionsDocument>("questions.json"), ContentFile.Read<StatesDocument>("states.json"))
    {
    }

    public FactQuestionCatalog(QuestionsDocument questions, StatesDocument states)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(states);
        _facts = new Dictionary<string, FactQuestion>(questions.Facts, StringComparer.Ordinal);
        MaxQuestionsBeforeAdvice = questions.MaxQuestionsBeforeAdvice;
        States = [.. states.States.Select(s => new ChoiceOption { Value = s.Key, Title = s.Value, Synonyms = [s.Key] })];
    }

    /// <summary>How many questions the parent answers before the first advice (more can follow on "What else?").</summary>
    public int MaxQuestionsBeforeAdvice { get; }

    public IReadOnlyList<ChoiceOption> States { get; }

    public IReadOnlyCollection<string> FactNames => _facts.Keys;

    public FactQuestion? Find(string fact) => _facts.GetValueOrDefault(fact);
}

public sealed class QuestionsDocument
{
    public int MaxQuestionsBeforeAdvice { get; set; } = 3;
    public Dictionary<string, FactQuestion> Facts { get; set; } = [];
}

public sealed class StatesDocument
{
    public Dictionary<string, string> States { get; set; } = [];
}

/// <summary>How to ask for one fact.</summary>
public sealed class FactQuestion
{
    public string Label { get; set; } = "";
    /// <summary>date | yesNo | choice | multiChoice | number | state.</summary>
    public string Kind { get; set; } = "yesNo";
    public string Question { get; set; } = "";
    public string Why { get; set; } = "";
    /// <summary>"future" for dates that may be ahead (the next meeting); past otherwise.</summary>
    public string? Direction { get; set; }
    public List<ChoiceOption> Choices { get; set; } = [];
    public ChoiceOption? None { get; set; }
    /// <summary>Button titles for yes/no questions, when plain Yes/No would be unclear.</summary>
    public string? Yes { get; set; }
    public string? No { get; set; }
    /// <summary>Rewordings for one stage (contract stage name → question).</summary>
    public Dictionary<string, string> ByStage { get; set; } = [];
}
