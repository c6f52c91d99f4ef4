using IepNavigator.Understanding.Lexicon;

namespace IepNavigator.Understanding.Reading;

/// <summary>
/// Whether a sentence asks although it has no question mark: it opens with a question form of content/question-forms.json
/// (English and Spanish, merged; "can the school refuse to test him", "pueden negarse a evaluarlo", "waht do i do now"),
/// unless the opening tells ("como le dije, ..."). A word inside a statement is not an opening ("I asked what they would do").
/// </summary>
internal sealed class QuestionForms
{
    private readonly PhraseSet opens;
    private readonly PhraseSet notQuestions;

    public QuestionForms()
        : this(LexiconFile.ReadAll<QuestionFormsDocument>("question-forms.json").Select(d => d.Document).ToList())
    {
    }

    public QuestionForms(IReadOnlyList<QuestionFormsDocument> documents)
    {
        var slots = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, words) in documents.SelectMany(d => d.Slots))
        {
            slots[name] = [.. (slots.TryGetValue(name, out var known) ? known : []).Concat(words).Distinct(StringComparer.Ordinal)];
        }
        opens = PhrasePattern.Compile(documents.SelectMany(d => d.Opens), slots).AtStart();
        notQuestions = PhrasePattern.Compile(documents.SelectMany(d => d.NotQuestions), slots).AtStart();
    }

    /// <summary>The normalized start of a sentence opens as a question.</summary>
    public bool Opens(string normalized) => normalized.Length > 0 && opens.IsMatch(normalized) && !notQuestions.IsMatch(normalized);
}

/// <summary>content/question-forms.json.</summary>
internal sealed class QuestionFormsDocument
{
    /// <summary>Word lists the phrases name as <c>{slot}</c> (per language, merged).</summary>
    public Dictionary<string, List<string>> Slots { get; set; } = [];

    /// <summary>How a sentence that asks opens.</summary>
    public List<string> Opens { get; set; } = [];

    /// <summary>Openings that look like a question and tell.</summary>
    public List<string> NotQuestions { get; set; } = [];
}
