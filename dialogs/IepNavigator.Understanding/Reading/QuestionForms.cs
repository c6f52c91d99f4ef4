using IepNavigator.Understanding.Lexicon;

namespace IepNavigator.Understanding.Reading;

/// <summary>
/// Whether a sentence asks although it has no question mark: it opens with a question form of content/question-forms.json
/// (English and Spanish, merged; "can the school refuse to test him", "pueden negarse a evaluarlo", "waht do i do now"),
/// unless the opening tells ("como le dije, ..."). A word inside a statement is not an opening ("I asked what they would do").
/// </summary>
internal sealed partial class QuestionForms
{
    private readonly PhraseSet opens;
    private readonly PhraseSet afterJoin;
    private readonly PhraseSet notQuestions;
    private readonly PhraseSet refersBack;
    private readonly PhraseSet judgesConduct;
    private readonly PhraseSet whyOfTheSchool;
    private readonly PhraseSet aboutTheAssistant;
    private readonly PhraseSet bringsSomeone;

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
        afterJoin = PhrasePattern.Compile(documents.SelectMany(d => d.AfterJoin), slots).AtStart();
        notQuestions = PhrasePattern.Compile(documents.SelectMany(d => d.NotQuestions), slots).AtStart();
        refersBack = PhrasePattern.Compile(documents.SelectMany(d => d.RefersBack), slots);
        judgesConduct = PhrasePattern.Compile(documents.SelectMany(d => d.JudgesConduct), slots);
        whyOfTheSchool = PhrasePattern.Compile(documents.SelectMany(d => d.WhyOfTheSchool), slots);
        aboutTheAssistant = PhrasePattern.Compile(documents.SelectMany(d => d.AboutTheAssistant), slots);
        bringsSomeone = PhrasePattern.Compile(documents.SelectMany(d => d.BringsSomeone), slots);
    }

    /// <summary>
    /// The normalized question clause asks about what the message told beside it ("is that something I should do",
    /// "¿debo hacerlo?", "is that legal"): its subject is in the statements, not in the question's own words.
    /// </summary>
    public bool RefersBack(string normalized) => normalized.Length > 0 && refersBack.IsMatch(normalized);

    /// <summary>The normalized question judges something done ("is that legal", "¿eso es justo?"), anywhere in the clause.</summary>
    public bool JudgesConduct(string normalized) => normalized.Length > 0 && judgesConduct.IsMatch(normalized);

    /// <summary>The normalized question asks why the school or a rule does something ("why do they get 60 days", "¿por qué la escuela...?").</summary>
    public bool WhyOfTheSchool(string normalized) => normalized.Length > 0 && whyOfTheSchool.IsMatch(normalized);

    /// <summary>The normalized question asks about the assistant itself ("does this cost anything", "¿esto cuesta?").</summary>
    public bool AsksAboutTheAssistant(string normalized) => normalized.Length > 0 && aboutTheAssistant.IsMatch(normalized);

    /// <summary>The normalized question asks whether the parent may bring someone to a meeting ("can i bring an advocate").</summary>
    public bool AsksAboutBringingSomeone(string normalized) => normalized.Length > 0 && bringsSomeone.IsMatch(normalized);

    /// <summary>The normalized start of a sentence opens as a question.</summary>
    /// The sentence may begin with a joining word or a filler ("but can they even do that", "omg is that legal", "pero eso es legal?").
    public bool Opens(string normalized)
    {
        if (normalized.Length == 0)
        {
            return false;
        }
        var rest = JoiningWord().Replace(normalized, "");
        return (opens.IsMatch(normalized) && !notQuestions.IsMatch(normalized))
            || (rest.Length > 0 && rest.Length < normalized.Length && opens.IsMatch(rest) && !notQuestions.IsMatch(rest));
    }

    /// <summary>
    /// The normalized clause, told after a comma or inside a sentence after "and" / "but" / "y" / "pero" (the joining word
    /// may lead it), opens a question of its own: a real opening only ("can they make me wait", "pueden hacerme esperar"),
    /// never "cant write" after "he can read".
    /// </summary>
    public bool OpensAfterJoin(string normalized)
    {
        var rest = JoiningWord().Replace(normalized, "");
        return rest.Length > 0 && afterJoin.IsMatch(rest) && !notQuestions.IsMatch(rest);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:and|but|so|or|y|pero|o|entonces|and then|y luego|ok|okay|omg|lol|wow|ugh|wait|well|bueno|pues|ay)\s+)+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex JoiningWord();
}

/// <summary>content/question-forms.json.</summary>
internal sealed class QuestionFormsDocument
{
    /// <summary>Word lists the phrases name as <c>{slot}</c> (per language, merged).</summary>
    public Dictionary<string, List<string>> Slots { get; set; } = [];

    /// <summary>How a sentence that asks opens.</summary>
    public List<string> Opens { get; set; } = [];

    /// <summary>Openings that ask after a comma or a joining word too (a stricter list than <see cref="Opens"/>).</summary>
    public List<string> AfterJoin { get; set; } = [];

    /// <summary>Openings that look like a question and tell.</summary>
    public List<string> NotQuestions { get; set; } = [];

    /// <summary>Questions about what the message told beside them (matched anywhere in a question clause).</summary>
    public List<string> RefersBack { get; set; } = [];

    /// <summary>Why-questions about what the school or a rule does, not about the assistant's advice (GUIDE.md C2).</summary>
    public List<string> WhyOfTheSchool { get; set; } = [];

    /// <summary>Questions about the assistant itself: help, whatever topic their words name (GUIDE.md C5).</summary>
    public List<string> AboutTheAssistant { get; set; } = [];

    /// <summary>Of those, the ones that judge something done ("is that legal"): about what was told, not about the bot's question.</summary>
    public List<string> JudgesConduct { get; set; } = [];

    /// <summary>Questions whether the parent may bring someone (an advocate, a friend) to a meeting: the process, not a booking.</summary>
    public List<string> BringsSomeone { get; set; } = [];
}
