using IepNavigator.Goals.Content;

namespace IepNavigator.Goals.Checking;

/// <summary>
/// The language a goal is written in, by counting each language's short words (patterns.json "functionWords"). The
/// parts of a goal are recognised in English only: a goal in Spanish would read as missing every part, so it is not judged.
/// </summary>
internal sealed class GoalLanguage(PatternsDocument document)
{
    public const string English = "en";

    private readonly IReadOnlyDictionary<string, HashSet<string>> words = document.FunctionWords.ToDictionary(
        p => p.Key, p => new HashSet<string>(p.Value, StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);

    /// <summary>"en", or the language whose short words outnumber English ones in <paramref name="text"/>; English on a tie.</summary>
    public string Of(string text)
    {
        var counts = words.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        foreach (var token in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (language, set) in words)
            {
                if (set.Contains(token))
                {
                    counts[language]++;
                }
            }
        }
        var english = counts.GetValueOrDefault(English);
        var other = counts.Where(c => c.Key != English).OrderByDescending(c => c.Value).FirstOrDefault();
        return other.Key is not null && other.Value > english ? other.Key : English;
    }

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '(', ')', '"', '\'', '!', '?', '¿', '¡', '/', '-'];
}
