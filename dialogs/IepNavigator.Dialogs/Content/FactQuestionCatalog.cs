namespace IepNavigator.Dialogs.Content;

/// <summary>The question for each fact of the contract (content/questions.json) and the US states list.</summary>
public sealed class FactQuestionCatalog
{
    private readonly Localized<Language> _languages;

    public FactQuestionCatalog()
    {
        var questions = DialogContent.Files.ReadLocalized<QuestionsDocument>("questions.json");
        var states = DialogContent.Files.ReadLocalized<StatesDocument>("states.json");
        var english = new Language(questions.For(ContentLanguage.English), states.For(ContentLanguage.English), null);
        _languages = new Localized<Language>(l => l == ContentLanguage.English ? english : new Language(questions.For(l), states.For(l), english));
        MaxQuestionsBeforeAdvice = english.MaxQuestionsBeforeAdvice;
    }

    public FactQuestionCatalog(QuestionsDocument questions, StatesDocument states)
    {
        var only = new Language(questions, states, null);
        _languages = Localized<Language>.Invariant(only);
        MaxQuestionsBeforeAdvice = only.MaxQuestionsBeforeAdvice;
    }

    /// <summary>How many questions the parent answers before the first advice (more can follow on "What else?").</summary>
    public int MaxQuestionsBeforeAdvice { get; }

    /// <summary>The states as buttons in the turn's language.</summary>
    public IReadOnlyList<ChoiceOption> States => _languages.Current.States;

    public IReadOnlyCollection<string> FactNames => _languages.For(ContentLanguage.English).Facts.Keys;

    /// <summary>The <see cref="FactQuestion.NotMeaning"/> phrases of <paramref name="fact"/> in every language, normalized.</summary>
    public IReadOnlyList<string> NotMeaning(string fact) =>
        [.. ContentLanguage.Supported.SelectMany(l => _languages.For(l).Facts.GetValueOrDefault(fact)?.NotMeaning ?? []).Select(IepNavigator.Understanding.Text.TextNormalizer.Normalize).Distinct()];

    /// <summary>How to ask for <paramref name="fact"/> in the turn's language.</summary>
    public FactQuestion? Find(string fact) => _languages.Current.Facts.GetValueOrDefault(fact);

    /// <summary>
    /// One language's questions. A translation's choices also accept the English titles ("Reading" in a Spanish
    /// chat), since a parent may answer with the school's English words.
    /// </summary>
    private sealed class Language
    {
        public Language(QuestionsDocument questions, StatesDocument states, Language? english)
        {
            ArgumentNullException.ThrowIfNull(questions);
            ArgumentNullException.ThrowIfNull(states);
            Facts = new Dictionary<string, FactQuestion>(questions.Facts, StringComparer.Ordinal);
            MaxQuestionsBeforeAdvice = questions.MaxQuestionsBeforeAdvice;
            States = [.. states.States.Select(s => new ChoiceOption { Value = s.Key, Title = s.Value, Synonyms = [s.Key] })];
            if (english is null)
            {
                return;
            }
            foreach (var (name, question) in Facts)
            {
                var source = english.Facts.GetValueOrDefault(name);
                foreach (var choice in question.Choices)
                {
                    var same = source?.Choices.FirstOrDefault(c => c.Value == choice.Value);
                    if (same is not null)
                    {
                        choice.Synonyms = [.. choice.Synonyms.Concat(same.Synonyms).Append(same.Title).Distinct(StringComparer.OrdinalIgnoreCase)];
                    }
                }
            }
            foreach (var state in States)
            {
                var same = english.States.FirstOrDefault(s => s.Value == state.Value);
                if (same is not null && same.Title != state.Title)
                {
                    state.Synonyms.Add(same.Title);
                }
            }
        }

        public Dictionary<string, FactQuestion> Facts { get; }
        public int MaxQuestionsBeforeAdvice { get; }
        public List<ChoiceOption> States { get; }
    }
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
    /// <summary>Phrases that hold a choice's word without naming it ("I asked in writing" is not a writing worry).</summary>
    public List<string> NotMeaning { get; set; } = [];
    public ChoiceOption? None { get; set; }
    /// <summary>Button titles for yes/no questions, when plain Yes/No would be unclear.</summary>
    public string? Yes { get; set; }
    public string? No { get; set; }
    /// <summary>The explainer of the term the question uses ("manifestation determination"), for "what's that?" asked back.</summary>
    public string? Topic { get; set; }
    /// <summary>Rewordings for one stage (contract stage name → question).</summary>
    public Dictionary<string, string> ByStage { get; set; } = [];
}
