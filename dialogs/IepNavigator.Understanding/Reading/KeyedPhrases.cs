using System.Text.RegularExpressions;
using IepNavigator.Understanding.Lexicon;

namespace IepNavigator.Understanding.Reading;

/// <summary>
/// Keys named by phrases (a letter id by "the records letter", a topic by "how long do they have"): the key whose
/// phrase matches longest wins, a later match breaking a tie.
/// </summary>
internal sealed class KeyedPhrases
{
    private readonly List<(string Key, PhraseSet Pattern)> keys = [];

    /// <param name="longestFirst">Compile each key's phrases longest first (topics): an alternation takes the first phrase that
    /// matches where a match starts, so "once i sign" listed before "once i sign the consent" would hide the longer phrase
    /// from the longest-match rule of <see cref="Find"/>. Intents keep their order: they feed the trained models.</param>
    public KeyedPhrases(IEnumerable<IReadOnlyDictionary<string, List<string>>> languages, bool longestFirst = false)
    {
        var merged = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, phrases) in languages.SelectMany(l => l))
        {
            (merged.TryGetValue(key, out var list) ? list : merged[key] = []).AddRange(phrases);
        }
        foreach (var (key, phrases) in merged)
        {
            keys.Add((key, PhrasePattern.Compile(longestFirst ? phrases.OrderByDescending(p => p.Length) : phrases)));
        }
    }

    public IEnumerable<string> Keys => keys.Select(k => k.Key);

    /// <summary>The phrases of one key (empty when the key has none).</summary>
    public PhraseSet Phrases(string key) => keys.FirstOrDefault(k => k.Key == key).Pattern ?? PhrasePattern.Compile([]);

    /// <summary>Every key with a phrase in the text.</summary>
    public IEnumerable<string> FindAll(string normalized) => keys.Where(k => k.Pattern.IsMatch(normalized)).Select(k => k.Key);

    /// <summary>The key whose phrase matches longest (a later match breaking a tie), among those <paramref name="among"/> keeps.</summary>
    public string? Find(string normalized, Func<string, bool>? among = null)
    {
        string? best = null;
        var bestLength = 0;
        var bestIndex = -1;
        foreach (var (key, pattern) in keys.Where(k => among is null || among(k.Key)))
        {
            foreach (Match m in pattern.Matches(normalized))
            {
                if (m.Length > bestLength || (m.Length == bestLength && m.Index > bestIndex))
                {
                    best = key;
                    bestLength = m.Length;
                    bestIndex = m.Index;
                }
            }
        }
        return best;
    }

    public static KeyedPhrases Letters() =>
        new(LexiconFile.ReadAll<LettersDocument>("letters.json").Select(d => (IReadOnlyDictionary<string, List<string>>)d.Document.Letters));

    /// <summary>The openings of a clause that asks the assistant for a letter (letters.json <c>requests</c>, every language).</summary>
    public static PhraseSet LetterRequests() =>
        PhrasePattern.Compile(LexiconFile.ReadAll<LettersDocument>("letters.json").SelectMany(d => d.Document.Requests)).AtStart();

    /// <summary>Words that ask for the same letter again (letters.json <c>again</c>, every language).</summary>
    public static PhraseSet LetterAgain() =>
        PhrasePattern.Compile(LexiconFile.ReadAll<LettersDocument>("letters.json").SelectMany(d => d.Document.Again));

    public static KeyedPhrases Intents() =>
        new(LexiconFile.ReadAll<IntentsDocument>("intents.json").Select(d => (IReadOnlyDictionary<string, List<string>>)d.Document.Intents));

    /// <summary>Words that ask how long without naming what (topics.json <c>unnamed</c>, every language).</summary>
    public static PhraseSet UnnamedHowLong() =>
        PhrasePattern.Compile(LexiconFile.ReadAll<TopicsDocument>("topics.json").SelectMany(d => d.Document.Unnamed).OrderByDescending(p => p.Length));

    /// <summary>The topics a question asking only how long takes from the message around it (topics.json <c>howLongSubjects</c>).</summary>
    public static IReadOnlySet<string> HowLongSubjects() =>
        LexiconFile.ReadAll<TopicsDocument>("topics.json").SelectMany(d => d.Document.HowLongSubjects).ToHashSet(StringComparer.Ordinal);

    /// <summary>The topic of each awaited fact (topics.json <c>awaited</c>, every language).</summary>
    public static IReadOnlyDictionary<string, string> AwaitedTopics() =>
        LexiconFile.ReadAll<TopicsDocument>("topics.json").SelectMany(d => d.Document.Awaited)
            .GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    public static KeyedPhrases Topics() =>
        new(LexiconFile.ReadAll<TopicsDocument>("topics.json").Select(d => (IReadOnlyDictionary<string, List<string>>)d.Document.Topics), longestFirst: true);
}
