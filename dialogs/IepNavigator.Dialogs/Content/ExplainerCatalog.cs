using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Content;

/// <summary>Short answers to common questions (content/explainers.json) and how to spot them.</summary>
public sealed class ExplainerCatalog
{
    private readonly List<(Explainer Explainer, string[] Phrases)> _explainers;
    private readonly string[] _questionWords;

    public ExplainerCatalog()
        : this(ContentFile.Read<ExplainersDocument>("explainers.json"))
    {
    }

    public ExplainerCatalog(ExplainersDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _explainers = [.. document.Explainers.Select(e => (e, e.Phrases.Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToArray()))];
        _questionWords = [.. document.QuestionWords.Select(w => w == "?" ? w : TextNormalizer.Normalize(w))];
    }

    public IReadOnlyList<Explainer> All => [.. _explainers.Select(e => e.Explainer)];

    /// <summary>The explainer a question asks for, or null when the message is not such a question.</summary>
    public Explainer? Find(string? rawText)
    {
        var text = TextNormalizer.Normalize(rawText);
        if (text.Length == 0 || text.Length > 300)
        {
            return null;
        }
        var padded = " " + text + " ";
        var isQuestion = (rawText?.Contains('?', StringComparison.Ordinal) ?? false)
            || _questionWords.Any(w => w != "?" && padded.Contains(" " + w + " ", StringComparison.Ordinal));
        if (!isQuestion)
        {
            return null;
        }
        return _explainers
            .Select(e => (e.Explainer, Longest: e.Phrases.Where(p => padded.Contains(" " + p + " ", StringComparison.Ordinal)).Select(p => p.Length).DefaultIfEmpty(0).Max()))
            .Where(m => m.Longest > 0)
            .OrderByDescending(m => m.Longest)
            .Select(m => m.Explainer)
            .FirstOrDefault();
    }
}

public sealed class ExplainersDocument
{
    public List<string> QuestionWords { get; set; } = [];
    public List<Explainer> Explainers { get; set; } = [];
}

public sealed class Explainer
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Phrases { get; set; } = [];
    public string Text { get; set; } = "";
}
