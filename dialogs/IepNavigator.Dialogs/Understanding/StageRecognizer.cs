using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using IepNavigator.Knowledge.Text;

namespace IepNavigator.Dialogs.Understanding;

/// <summary>A stage and how strongly the message pointed to it.</summary>
public sealed record StageScore(string Stage, int Score);

/// <summary>What an opening message says: the stages it points to (best first) and facts it already answers.</summary>
public sealed record StageRecognition(IReadOnlyList<StageScore> Candidates, IReadOnlyDictionary<string, Dictionary<string, JsonNode?>> ImpliedByStage)
{
    /// <summary>Facts the message answers for <paramref name="stage"/> ("they refused to test" → schoolRefusedEvaluation).</summary>
    public IReadOnlyDictionary<string, JsonNode?> ImpliedFacts(string stage) =>
        ImpliedByStage.TryGetValue(stage, out var facts) ? facts : new Dictionary<string, JsonNode?>();

    /// <summary>The stage when one is clearly ahead of the others, else null (ask the parent to choose).</summary>
    public string? Confident =>
        Candidates.Count > 0 && Candidates[0].Score >= 2
        && (Candidates.Count == 1 || Candidates[0].Score >= Candidates[1].Score + 2 || Candidates[0].Score >= 2 * Candidates[1].Score)
            ? Candidates[0].Stage
            : null;
}

/// <summary>
/// Finds the stage from a parent's own words using the data in content/stages.json: each matching
/// signal adds its weight to its stage. No language service; English phrases for now.
/// </summary>
public sealed class StageRecognizer
{
    private const int MaxTextLength = 1000;
    private readonly List<(string Stage, int Weight, string[] PaddedPhrases, Regex[] Patterns, IReadOnlyDictionary<string, JsonNode?> Implies)> _signals;

    public StageRecognizer(StageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _signals = [.. catalog.Stages.SelectMany(stage => stage.Signals.Select(signal => (
            stage.Stage,
            signal.Weight,
            // Stored as " phrase " (whole words): Recognize runs on most messages, and padding each phrase there
            // allocated a string per phrase per message (issue 9 profile).
            signal.Phrases.Select(TextNormalizer.Normalize).Where(p => p.Length > 0).Distinct().Select(p => " " + p + " ").ToArray(),
            // The interpreter with BoundedRegex's generous timeout (read as no match), not the linear-time engine: that one
            // keeps ~1 MB of caches per expression (~35 MB here, held all the process's life) for patterns this short.
            signal.Patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant, BoundedRegex.FallbackTimeout)).ToArray(),
            (IReadOnlyDictionary<string, JsonNode?>)signal.Implies)))];
    }

    /// <summary>
    /// Whether <paramref name="text"/> gives <paramref name="stage"/> a score of at least <paramref name="atLeast"/>: what
    /// <see cref="Recognize"/> would score it, asking only that stage's signals (a removal told, on every statement of a turn).
    /// </summary>
    public bool Scores(string? text, string stage, int atLeast)
    {
        var normalized = Normalized(text);
        if (normalized.Length == 0)
        {
            return false;
        }
        var padded = " " + normalized + " ";
        var score = 0;
        foreach (var (signalStage, weight, phrases, patterns, _) in _signals)
        {
            if (signalStage == stage && (phrases.Any(p => padded.Contains(p, StringComparison.Ordinal)) || patterns.Any(p => Matches(p, normalized))))
            {
                score += weight;
            }
        }
        return score >= atLeast;
    }

    public StageRecognition Recognize(string? text)
    {
        var normalized = Normalized(text);
        var padded = " " + normalized + " ";
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        var implied = new Dictionary<string, Dictionary<string, JsonNode?>>(StringComparer.Ordinal);
        if (normalized.Length == 0)
        {
            return new StageRecognition([], implied);
        }
        foreach (var (stage, weight, phrases, patterns, implies) in _signals)
        {
            var matched = phrases.Any(p => padded.Contains(p, StringComparison.Ordinal)) || patterns.Any(p => Matches(p, normalized));
            if (!matched)
            {
                continue;
            }
            scores[stage] = scores.GetValueOrDefault(stage) + weight;
            foreach (var (fact, value) in implies)
            {
                var facts = implied.TryGetValue(stage, out var existing) ? existing : implied[stage] = new(StringComparer.Ordinal);
                facts[fact] = value?.DeepClone();
            }
        }
        var ranked = scores.Select(s => new StageScore(s.Key, s.Value)).OrderByDescending(s => s.Score).ToList();
        return new StageRecognition(ranked, implied);
    }

    private static string Normalized(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return normalized.Length > MaxTextLength ? normalized[..MaxTextLength] : normalized;
    }

    private static bool Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
