namespace IepNavigator.Dialogs.Content;

/// <summary>
/// Short answers to common questions (content/explainers.json, content/es/explainers.json) and how to spot them.
/// A question is recognised in any language ("¿qué es un IEE?" in an English chat); the answer is in the turn's.
/// </summary>
public sealed class ExplainerCatalog
{
    private readonly Localized<ExplainersDocument> _documents;
    private readonly List<(string Id, string[] Phrases)> _explainers;
    private readonly string[] _questionWords;
    private readonly List<(string Id, string[] Worries)> _worries;
    private readonly string[] _worryWords;

    public ExplainerCatalog()
        : this(DialogContent.Files.ReadLocalized<ExplainersDocument>("explainers.json"))
    {
    }

    public ExplainerCatalog(ExplainersDocument document)
        : this(Localized<ExplainersDocument>.Invariant(document ?? throw new ArgumentNullException(nameof(document))))
    {
    }

    private ExplainerCatalog(Localized<ExplainersDocument> documents)
    {
        _documents = documents;
        var all = documents.All.Select(d => d.Value).ToList();
        _explainers = [.. all.SelectMany(d => d.Explainers)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => (g.Key, g.SelectMany(e => e.Phrases).Select(TextNormalizer.Normalize).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToArray()))];
        _questionWords = [.. all.SelectMany(d => d.QuestionWords).Select(w => w == "?" ? w : TextNormalizer.Normalize(w)).Distinct(StringComparer.Ordinal)];
        _worries = [.. all.SelectMany(d => d.Explainers)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => (g.Key, g.SelectMany(e => e.Worries).Select(TextNormalizer.Normalize).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToArray()))
            .Where(w => w.Item2.Length > 0)];
        _worryWords = [.. all.SelectMany(d => d.WorryWords).Select(TextNormalizer.Normalize).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The explainer a worry told, not asked, is about ("im scared they'll retaliate if i complain", "tengo miedo de que la
    /// miss se enoje"): the message holds one of the worry words and one of the explainer's worries; else null.
    /// </summary>
    public Explainer? FindWorry(string? rawText)
    {
        var text = TextNormalizer.Normalize(rawText);
        if (text.Length == 0 || text.Length > 300)
        {
            return null;
        }
        var padded = " " + text + " ";
        if (!_worryWords.Any(w => padded.Contains(" " + w + " ", StringComparison.Ordinal)))
        {
            return null;
        }
        return LongestNamed(_worries, padded);
    }

    /// <summary>Every explainer, in the turn's language.</summary>
    public IReadOnlyList<Explainer> All => _documents.Current.Explainers;

    /// <summary>The explainer with this id in the turn's language.</summary>
    public Explainer? ById(string id) =>
        _documents.Current.Explainers.FirstOrDefault(e => e.Id == id)
        ?? _documents.For(ContentLanguage.English).Explainers.FirstOrDefault(e => e.Id == id);

    /// <summary>The explainer a question asks for, or null when the message is not such a question.</summary>
    public Explainer? Find(string? rawText, bool knownQuestion = false)
    {
        var text = TextNormalizer.Normalize(rawText);
        if (text.Length == 0 || text.Length > 300)
        {
            return null;
        }
        var padded = " " + text + " ";
        // The reader's question clauses are questions already ("can they make me wait", no mark, no word of the list).
        var isQuestion = knownQuestion
            || (rawText?.Contains('?', StringComparison.Ordinal) ?? false)
            || (rawText?.Contains('¿', StringComparison.Ordinal) ?? false)
            || _questionWords.Any(w => w != "?" && padded.Contains(" " + w + " ", StringComparison.Ordinal));
        if (!isQuestion)
        {
            return null;
        }
        return LongestNamed(_explainers, padded);
    }

    /// <summary>The explainer whose longest phrase found in <paramref name="padded"/> is the longest of all, in the turn's language.</summary>
    private Explainer? LongestNamed(IEnumerable<(string Id, string[] Phrases)> candidates, string padded)
    {
        var id = candidates
            .Select(e => (e.Id, Longest: e.Phrases.Where(p => padded.Contains(" " + p + " ", StringComparison.Ordinal)).Select(p => p.Length).DefaultIfEmpty(0).Max()))
            .Where(m => m.Longest > 0)
            .OrderByDescending(m => m.Longest)
            .Select(m => m.Id)
            .FirstOrDefault();
        return id is null ? null : ById(id);
    }
}

public sealed class ExplainersDocument
{
    public List<string> QuestionWords { get; set; } = [];

    /// <summary>Words that tell a worry ("scared", "miedo"): with one of an explainer's <see cref="Explainer.Worries"/>, the worry is its.</summary>
    public List<string> WorryWords { get; set; } = [];
    public List<Explainer> Explainers { get; set; } = [];
}

public sealed class Explainer
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Phrases { get; set; } = [];

    /// <summary>What a worry about this explainer's subject names when told, not asked ("retaliate", "se enoje").</summary>
    public List<string> Worries { get; set; } = [];

    public string Text { get; set; } = "";
}
