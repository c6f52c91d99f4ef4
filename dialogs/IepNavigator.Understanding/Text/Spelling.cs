using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using IepNavigator.Understanding.Lexicon;

namespace IepNavigator.Understanding.Text;

/// <summary>
/// One-typo tolerance for the fact readers: a word of six letters or more that is not in the vocabulary (every
/// phrase of content/*.json and es/*.json) becomes the one vocabulary word it is a single edit from (a letter left
/// out, added, changed or two swapped: "evalution", "evaulation", "suspnded"). Ambiguous words, words under six letters, words a
/// phrase stem already covers and the real words of content/spelling.json ("texted" is not "tested") are kept as typed.
/// Texting shorthand is spelled out first (content/spelling.json <c>shorthand</c>: "w/ with", "b/c because"), and
/// two words joined by a slash are two words ("OT/PT", "speech/OT"; a date such as "10/29" stays as typed).
/// Only the fact readers see the corrected text; the models read what the parent wrote.
/// </summary>
internal sealed class Spelling
{
    // Five-letter words were tried first (the rule): on train, nearly every five-letter correction was a real
    // word one letter from a vocabulary word ("stuff" / "staff", "loves" / "loses", "speed" / "sped", "cansa" / "casa").
    private const int MinLength = 6;

    private readonly FrozenSet<string> known;
    private readonly FrozenSet<string> stems;
    // Every vocabulary word with one letter left out, to the words it came from (SymSpell's delete index).
    private readonly FrozenDictionary<string, string[]> deletes;
    private readonly FrozenDictionary<string, string> shorthand;

    public Spelling()
        : this(VocabularyWords(), LexiconFile.ReadAll<SpellingDocument>("spelling.json").Select(d => d.Document).ToList())
    {
    }

    private Spelling(IEnumerable<string> vocabulary, IReadOnlyList<SpellingDocument> documents)
        : this(vocabulary, documents.SelectMany(d => d.NotTypos), documents.SelectMany(d => d.Shorthand).Select(ShortAndSpelled))
    {
    }

    public Spelling(IEnumerable<string> vocabulary, IEnumerable<string> notTypos, IEnumerable<KeyValuePair<string, string>>? shorthand = null)
    {
        this.shorthand = (shorthand ?? []).GroupBy(p => TextNormalizer.Normalize(p.Key), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => TextNormalizer.Normalize(g.First().Value), StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var stemSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in vocabulary)
        {
            if (word.EndsWith('*'))
            {
                stemSet.Add(word.TrimEnd('*'));
            }
            else if (word.Length > 0)
            {
                words.Add(word);
            }
        }
        var targets = words.Where(w => w.Length >= MinLength - 1).ToList();
        known = words.Concat(notTypos.Select(TextNormalizer.Normalize)).ToFrozenSet(StringComparer.Ordinal);
        stems = stemSet.Where(s => s.Length >= 3).ToFrozenSet(StringComparer.Ordinal);
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in targets)
        {
            for (var i = 0; i < word.Length; i++)
            {
                var key = word.Remove(i, 1);
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }
                if (!list.Contains(word))
                {
                    list.Add(word);
                }
            }
        }
        deletes = index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The normalized text with each correctable word corrected; the same string when nothing changed.</summary>
    public string Correct(string normalized)
    {
        StringBuilder? builder = null;
        var start = 0;
        for (var i = 0; i <= normalized.Length; i++)
        {
            if (i < normalized.Length && normalized[i] != ' ')
            {
                continue;
            }
            var word = normalized[start..i];
            var fixedWord = Spelled(word) ?? CorrectWord(word);
            if (fixedWord is not null && builder is null)
            {
                builder = new StringBuilder(normalized.Length + 8).Append(normalized, 0, start);
            }
            if (builder is not null)
            {
                builder.Append(fixedWord ?? word);
                if (i < normalized.Length)
                {
                    builder.Append(' ');
                }
            }
            start = i + 1;
        }
        return builder?.ToString() ?? normalized;
    }

    /// <summary>"w/ with": the short form, then the words it stands for.</summary>
    private static KeyValuePair<string, string> ShortAndSpelled(string entry)
    {
        var space = entry.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? new(entry[..space], entry[(space + 1)..]) : throw new InvalidDataException($"spelling.json shorthand \"{entry}\": the short form, a space, its words");
    }

    /// <summary>
    /// Shorthand spelled out ("w/" → "with", "w/an" → "with an"), or words joined by a slash split ("ot/pt" → "ot pt");
    /// null when the word is no shorthand and has no slash, or is a number such as a date ("10/29").
    /// </summary>
    private string? Spelled(string word)
    {
        if (shorthand.TryGetValue(word, out var full))
        {
            return full;
        }
        if (!word.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var (shortWord, spelled) in shorthand)
        {
            if (shortWord.EndsWith('/') && word.Length > shortWord.Length && word.StartsWith(shortWord, StringComparison.Ordinal))
            {
                return spelled + " " + (Spelled(word[shortWord.Length..]) ?? word[shortWord.Length..]);
            }
        }
        var parts = word.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.Any(part => part.Any(char.IsLetter)) ? string.Join(' ', parts) : null;
    }

    /// <summary>The vocabulary word <paramref name="word"/> is one edit from, or null to keep it.</summary>
    /// <remarks>
    /// The first and last letters must be as typed: a different first letter is most often another word ("walked" /
    /// "talked", "Diego" / "ciego"), and a different last letter an inflection ("pasada" / "pasado", "weeks" / "week",
    /// "scored" / "scores"), not a slip of the finger.
    /// </remarks>
    public string? CorrectWord(string word)
    {
        if (word.Length < MinLength || known.Contains(word) || !word.All(char.IsAsciiLetterLower))
        {
            return null;
        }
        string? found = null;
        // A letter added: the word less one inner letter is a vocabulary word.
        for (var i = 1; i < word.Length - 1; i++)
        {
            var shorter = word.Remove(i, 1);
            if (known.Contains(shorter) && !Take(ref found, shorter))
            {
                return null;
            }
        }
        // A letter changed or two swapped: both lose one letter to the same string.
        for (var i = 0; i < word.Length; i++)
        {
            if (deletes.TryGetValue(word.Remove(i, 1), out var near))
            {
                foreach (var candidate in near)
                {
                    if (candidate.Length == word.Length && SameEnds(word, candidate) && OneEdit(word, candidate) && !Take(ref found, candidate))
                    {
                        return null;
                    }
                }
            }
        }
        // A letter left out: the word is a vocabulary word less one inner letter.
        if (deletes.TryGetValue(word, out var longer))
        {
            foreach (var candidate in longer.Where(c => SameEnds(word, c)))
            {
                if (!Take(ref found, candidate))
                {
                    return null;
                }
            }
        }
        // A word a phrase stem matches ("suspend*") keeps that match: it is corrected only to a word of the same stem.
        return found is not null && Stem(word) is { } stem && !found.StartsWith(stem, StringComparison.Ordinal) ? null : found;
    }

    private static bool SameEnds(string word, string candidate) => word[0] == candidate[0] && word[^1] == candidate[^1];

    private string? Stem(string word)
    {
        for (var length = word.Length; length >= 3; length--)
        {
            if (stems.Contains(word[..length]))
            {
                return word[..length];
            }
        }
        return null;
    }

    /// <summary>False when a second, different candidate makes the word ambiguous.</summary>
    private static bool Take(ref string? found, string candidate)
    {
        if (found is null || found == candidate)
        {
            found = candidate;
            return true;
        }
        return false;
    }

    /// <summary>Same length, one letter changed or two neighbours swapped.</summary>
    private static bool OneEdit(string a, string b)
    {
        var first = -1;
        var differences = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                differences++;
                first = first < 0 ? i : first;
            }
        }
        return differences == 1
            || (differences == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..] == b[(first + 2)..]);
    }

    /// <summary>Every word of every phrase in the embedded vocabulary files (both languages), "note" texts aside.</summary>
    private static IEnumerable<string> VocabularyWords()
    {
        var assembly = typeof(Spelling).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("IepNavigator.Understanding/content/", StringComparison.Ordinal)
            && n.EndsWith(".json", StringComparison.Ordinal) && !n.EndsWith("/spelling.json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            foreach (var text in Strings(document.RootElement))
            {
                foreach (var word in PhraseWords(text))
                {
                    yield return word;
                }
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var s in Strings(item))
                    {
                        yield return s;
                    }
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => p.Name != "note"))
                {
                    // Keys of maps are words too ("emailed": "email").
                    yield return property.Name;
                    foreach (var s in Strings(property.Value))
                    {
                        yield return s;
                    }
                }
                break;
        }
    }

    /// <summary>The words of a phrase, a stem keeping its "*": "(asked|requested) ... {eval}" gives asked, requested.</summary>
    private static IEnumerable<string> PhraseWords(string phrase)
    {
        var word = new StringBuilder();
        foreach (var c in phrase.ToLowerInvariant().Select(Fold).Append(' '))
        {
            if (char.IsAsciiLetterLower(c) || (c == '*' && word.Length > 0))
            {
                word.Append(c);
                continue;
            }
            if (c is '}')
            {
                // A slot's name ({eval}) is no word a parent types.
                word.Clear();
            }
            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }

    private static char Fold(char c) => c < '\u0080' ? c : TextNormalizer.Normalize(c.ToString()) is [var folded] ? folded : c;
}

internal sealed class SpellingDocument
{
    public List<string> NotTypos { get; set; } = [];

    public List<string> Shorthand { get; set; } = [];
}
