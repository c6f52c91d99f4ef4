namespace IepNavigator.Dialogs.Content;

/// <summary>
/// Words for yes, no and "I don't know" (content/answers.json and content/es/answers.json). A parent may answer
/// in either language whatever the chat speaks ("sí" in an English chat), so the words of all languages count.
/// </summary>
public sealed class AnswerVocabulary
{
    private readonly Localized<AnswerWords> _words;

    public AnswerVocabulary()
        : this(DialogContent.Files.ReadLocalized<AnswerWords>("answers.json"))
    {
    }

    public AnswerVocabulary(AnswerWords words)
        : this(Localized<AnswerWords>.Invariant(words ?? throw new ArgumentNullException(nameof(words))))
    {
    }

    private AnswerVocabulary(Localized<AnswerWords> words)
    {
        _words = words;
        var all = words.All.Select(w => w.Value).ToList();
        Yes = Normalize(all.SelectMany(w => w.Yes));
        No = Normalize(all.SelectMany(w => w.No));
        Unknown = Normalize(all.SelectMany(w => w.Unknown));
        Acknowledgements = Normalize(all.SelectMany(w => w.Acknowledgements));
        Fillers = Normalize(all.SelectMany(w => w.Fillers));
    }

    public IReadOnlySet<string> Yes { get; }
    public IReadOnlySet<string> No { get; }
    public IReadOnlySet<string> Unknown { get; }
    public IReadOnlySet<string> Acknowledgements { get; }
    public IReadOnlySet<string> Fillers { get; }

    /// <summary>The label of the "I don't know" button every fact question shows, in the turn's language.</summary>
    public string UnknownButton => _words.Current.UnknownButton;

    public bool IsUnknown(string? text) => Matches(Unknown, text);

    /// <summary>
    /// "ok", "okay", "vale", "está bien" and nothing else: they acknowledge. An offer takes them as yes (they are in
    /// <see cref="Yes"/> too); a question about a fact does not (<see cref="PromptOptions.AsksForFact"/>).
    /// </summary>
    public bool IsAcknowledgement(string? text) => Acknowledgements.Contains(TextNormalizer.Normalize(text));

    /// <summary>"hmm", "umm", "lol", "mmm", "este": sounds of thinking, only those words; they answer nothing.</summary>
    public bool IsFiller(string? text) =>
        TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && words.All(Fillers.Contains);

    /// <summary>True for yes, false for no, null when neither (or both) is said.</summary>
    public bool? YesOrNo(string? text)
    {
        var yes = Matches(Yes, text);
        var no = Matches(No, text);
        return yes == no ? null : yes;
    }

    private static bool Matches(IReadOnlySet<string> phrases, string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return false;
        }
        if (phrases.Contains(normalized))
        {
            return true;
        }
        // "yes, in writing" or "um i don't know really": a phrase at the start of a short answer counts.
        return normalized.Length <= 60 && phrases.Any(p => normalized.StartsWith(p + " ", StringComparison.Ordinal));
    }

    private static HashSet<string> Normalize(IEnumerable<string> phrases) =>
        phrases.Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
}

public sealed class AnswerWords
{
    public List<string> Yes { get; set; } = [];
    public List<string> No { get; set; } = [];
    public List<string> Unknown { get; set; } = [];
    /// <summary>Words that only acknowledge ("ok", "vale"): no answer to a question about a fact.</summary>
    public List<string> Acknowledgements { get; set; } = [];
    /// <summary>Sounds of thinking ("hmm", "umm", "este"): no answer to anything.</summary>
    public List<string> Fillers { get; set; } = [];
    public string UnknownButton { get; set; } = "I don't know";
}
