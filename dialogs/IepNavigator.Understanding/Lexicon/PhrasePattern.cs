using System.Text;
using System.Text.RegularExpressions;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Lexicon;

/// <summary>
/// Compiles the phrases of the content files into regular expressions over normalized text (lower case, no accents,
/// no punctuation). A phrase is words an advocate can read, with a few marks:
/// <list type="bullet">
/// <item><c>(a|b c)</c>: one of these; <c>[a b]</c>: optional words</item>
/// <item><c>suspend*</c>: any ending ("suspended", "suspension")</item>
/// <item><c>...</c>: up to four words in between; <c>~</c>: up to eight</item>
/// <item><c>{school}</c>: any phrase of the slot "school" (the file's "slots")</item>
/// <item><c>#</c>: a number, written in digits or words (captured as "n")</item>
/// </list>
/// Phrases match whole words only.
/// </summary>
internal static class PhrasePattern
{
    private const string NumberWords =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
        + "uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|treinta";

    /// <summary>A guard, not a budget: a match that runs this long is treated as no match (see MessageReader). Linear matching never
    /// comes near it; at 2 s a machine shared by several builds occasionally starved one message into "no fact".</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The interpreter, bounded by <see cref="Timeout"/>: every gap is at most eight whole words, each matched one way,
    /// so no phrase can backtrack without bound. Not non-backtracking: that engine keeps about 1 MB of automaton
    /// and character-set caches per expression, ~390 MB for the ~340 expressions of the vocabulary (the host's whole memory
    /// budget is 220 MB), and built them in ~7 s of CPU at start; the interpreter holds ~16 MB and builds in under a second,
    /// for about twice the CPU per message read (bench/README.md, "Issue 16"). Not Compiled: jitting the large
    /// alternations took over a minute on a busy machine.
    /// </summary>
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>For the few small expressions that need lookarounds.</summary>
    public const RegexOptions SmallOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>One set that matches any of <paramref name="phrases"/>.</summary>
    public static PhraseSet Compile(IEnumerable<string> phrases, IReadOnlyDictionary<string, IReadOnlyList<string>>? slots = null)
    {
        var list = phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal).ToList();
        // Each alternative with the words one of which it needs (several phrases may translate alike: any one's words will do,
        // and none when one of them has none).
        var needs = new Dictionary<string, (HashSet<string> Words, HashSet<string> Prefixes, bool Always)>(StringComparer.Ordinal);
        var alternatives = new List<string>();
        var required = new Dictionary<string, IReadOnlyList<(IReadOnlySet<string> Words, IReadOnlySet<string> Prefixes)>>(StringComparer.Ordinal);
        foreach (var phrase in list)
        {
            var alternative = Translate(phrase, slots, depth: 0);
            if (alternative.Length == 0)
            {
                continue;
            }
            if (!needs.TryGetValue(alternative, out var need))
            {
                alternatives.Add(alternative);
                need = ([], [], false);
            }
            required.TryAdd(alternative, Requirements(phrase, slots));
            var always = !Triggers(phrase, slots, need.Words, need.Prefixes, depth: 0);
            needs[alternative] = (need.Words, need.Prefixes, need.Always || always);
        }
        // Normalized text has only letters, digits, spaces and / -, so \b marks whole words.
        var parts = alternatives.Count == 0 ? [new Regex("[^\\s\\S]", Options)] : Parts(alternatives);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var anyAlways = false;
        foreach (var phrase in list)
        {
            anyAlways |= !Triggers(phrase, slots, words, prefixes, depth: 0);
        }
        var index = new PhraseIndex(
            [.. alternatives.Select(a => needs[a] is var n && n.Always
                ? (a, (IReadOnlySet<string>)new HashSet<string>(), (IReadOnlySet<string>)new HashSet<string>())
                : (a, n.Words, n.Prefixes))],
            [.. alternatives.Select(a => required[a])]);
        return new PhraseSet(parts, words, prefixes, anyAlways, index);
    }

    /// <summary>
    /// The alternatives as one expression, or, when that is over the engine's size limit (only a non-backtracking engine has one), as several
    /// (halving the list until each part fits): linear matching either way.
    /// </summary>
    private static List<Regex> Parts(List<string> alternatives)
    {
        var pattern = @"\b(?:" + string.Join("|", alternatives) + @")\b";
        try
        {
            return [new Regex(pattern, Options, Timeout)];
        }
        catch (NotSupportedException) when (alternatives.Count > 1)
        {
            var half = alternatives.Count / 2;
            return [.. Parts(alternatives[..half]), .. Parts(alternatives[half..])];
        }
        catch (NotSupportedException)
        {
            return [Warm(new Regex(pattern, SmallOptions, Timeout))];
        }
    }

    /// <summary>
    /// Adds the words one of which must be in a text for <paramref name="phrase"/> to match (its first required word,
    /// every alternative of a first required group or slot); false when no such word exists (a number, all optional).
    /// </summary>
    private static bool Triggers(string phrase, IReadOnlyDictionary<string, IReadOnlyList<string>>? slots, HashSet<string> words, HashSet<string> prefixes, int depth)
    {
        var i = 0;
        while (i < phrase.Length)
        {
            var c = phrase[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '[')
            {
                i = Matching(phrase, i) + 1;
            }
            else if (phrase.AsSpan(i).StartsWith("..."))
            {
                i += 3;
            }
            else if (c == '~')
            {
                i++;
            }
            else if (c == '(')
            {
                var close = Matching(phrase, i);
                return SplitTop(phrase[(i + 1)..close]).All(a => Triggers(a, slots, words, prefixes, depth));
            }
            else if (c == '{')
            {
                var close = phrase.IndexOf('}', i);
                var name = phrase[(i + 1)..close];
                return depth <= 3 && slots is not null && slots.TryGetValue(name, out var values) && values.All(v => Triggers(v, slots, words, prefixes, depth + 1));
            }
            else if (c == '#')
            {
                return false;
            }
            else
            {
                var start = i;
                while (i < phrase.Length && !char.IsWhiteSpace(phrase[i]) && phrase[i] is not ('(' or '[' or '{' or ')' or ']' or '|' or '~'))
                {
                    i++;
                }
                var word = phrase[start..i];
                var stem = word.EndsWith('*');
                var normalized = TextNormalizer.Normalize(stem ? word[..^1] : word);
                if (normalized.Length == 0)
                {
                    continue;
                }
                // A word with inner spaces after normalizing ("i.e." → "i e") is checked by its first part.
                var first = normalized.Split(' ')[0];
                if (stem && !normalized.Contains(' ', StringComparison.Ordinal))
                {
                    prefixes.Add(first);
                }
                else
                {
                    words.Add(first);
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Every required element of <paramref name="phrase"/> (a word, a required group, a slot; not an optional, a gap or a
    /// number) with the words one of which it needs (<see cref="Triggers"/> of the element alone): an element each of whose
    /// alternatives starts with a word. Each sits in a match after a space or the match's start and before a space or a word
    /// boundary, so it is a whole word of the text, the start of one (a stem), or inside one with an inner boundary.
    /// </summary>
    private static List<(IReadOnlySet<string> Words, IReadOnlySet<string> Prefixes)> Requirements(string phrase, IReadOnlyDictionary<string, IReadOnlyList<string>>? slots)
    {
        var result = new List<(IReadOnlySet<string> Words, IReadOnlySet<string> Prefixes)>();
        var i = 0;
        while (i < phrase.Length)
        {
            var c = phrase[i];
            string? element = null;
            if (char.IsWhiteSpace(c) || c == '~' || c == '#')
            {
                i++;
            }
            else if (phrase.AsSpan(i).StartsWith("..."))
            {
                i += 3;
            }
            else if (c == '[')
            {
                i = Matching(phrase, i) + 1;
            }
            else if (c == '(')
            {
                var close = Matching(phrase, i);
                element = phrase[i..(close + 1)];
                i = close + 1;
            }
            else if (c == '{')
            {
                var close = phrase.IndexOf('}', i);
                element = phrase[i..(close + 1)];
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < phrase.Length && !char.IsWhiteSpace(phrase[i]) && phrase[i] is not ('(' or '[' or '{' or ')' or ']' or '|' or '~'))
                {
                    i++;
                }
                element = phrase[start..i];
                i = Math.Max(i, start + 1);
            }
            var words = new HashSet<string>(StringComparer.Ordinal);
            var prefixes = new HashSet<string>(StringComparer.Ordinal);
            if (element is not null && Triggers(element, slots, words, prefixes, depth: 0))
            {
                result.Add((words, prefixes));
            }
        }
        return result;
    }

    /// <summary>The expression with <see cref="Options"/>, else the ordinary interpreter (still bounded: every gap is at most four words).</summary>
    public static Regex Build(string pattern)
    {
        try
        {
            return new Regex(pattern, Options, Timeout);
        }
        catch (NotSupportedException)
        {
            return Warm(new Regex(pattern, SmallOptions, Timeout));
        }
    }

    /// <summary>Runs the expression once so its compiled code is jitted at start, not in the first parent's turn.</summary>
    public static Regex Warm(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        try
        {
            regex.IsMatch("warm up");
        }
        catch (RegexMatchTimeoutException)
        {
            // Jitting a large expression on a busy machine can outlast the guard; the code is jitted all the same.
        }
        return regex;
    }

    /// <summary>The regular expression for one phrase (no anchors).</summary>
    public static string Translate(string phrase, IReadOnlyDictionary<string, IReadOnlyList<string>>? slots, int depth)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (depth > 3)
        {
            throw new InvalidOperationException($"Slots nest too deep in '{phrase}'.");
        }
        var tokens = new List<(string Regex, TokenKind Kind)>();
        var i = 0;
        while (i < phrase.Length)
        {
            var c = phrase[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or '[')
            {
                var close = Matching(phrase, i);
                var inner = phrase[(i + 1)..close];
                var alternatives = SplitTop(inner).Select(a => Translate(a, slots, depth)).Where(a => a.Length > 0);
                tokens.Add(("(?:" + string.Join("|", alternatives) + ")", c == '[' ? TokenKind.Optional : TokenKind.Required));
                i = close + 1;
            }
            else if (c == '{')
            {
                var close = phrase.IndexOf('}', i);
                var name = phrase[(i + 1)..close];
                if (slots is null || !slots.TryGetValue(name, out var values))
                {
                    throw new InvalidOperationException($"The phrase '{phrase}' uses the slot '{name}', which the file does not define.");
                }
                tokens.Add(("(?:" + string.Join("|", values.Select(v => Translate(v, slots, depth + 1))) + ")", TokenKind.Required));
                i = close + 1;
            }
            else if (phrase.AsSpan(i).StartsWith("..."))
            {
                tokens.Add((@"(?:\S+ ){0,4}?", TokenKind.Gap));
                i += 3;
            }
            else if (c == '~')
            {
                tokens.Add((@"(?:\S+ ){0,8}?", TokenKind.Gap));
                i++;
            }
            else if (c == '#')
            {
                tokens.Add((@"(?<n>\d{1,3}|" + NumberWords + ")", TokenKind.Required));
                i++;
            }
            else
            {
                var start = i;
                while (i < phrase.Length && !char.IsWhiteSpace(phrase[i]) && phrase[i] is not ('(' or '[' or '{' or ')' or ']' or '|' or '~'))
                {
                    i++;
                }
                var word = phrase[start..i];
                if (word.Contains('?', StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"The phrase '{phrase}' uses '?': write optional words in brackets, [like this].");
                }
                var stem = word.EndsWith('*');
                var normalized = TextNormalizer.Normalize(stem ? word[..^1] : word);
                if (normalized.Length > 0)
                {
                    tokens.Add((Regex.Escape(normalized).Replace(@"\ ", " ", StringComparison.Ordinal) + (stem ? @"\w*" : ""), TokenKind.Required));
                }
            }
        }
        // Each optional word or gap carries its own space, so "[a] b" matches "a b" and "b", and "a ... b" matches "a b".
        var output = new StringBuilder();
        for (var t = 0; t < tokens.Count; t++)
        {
            var (regex, kind) = tokens[t];
            var last = t == tokens.Count - 1;
            switch (kind)
            {
                case TokenKind.Required:
                    output.Append(regex);
                    if (!last)
                    {
                        output.Append(' ');
                    }
                    break;
                case TokenKind.Optional when !last:
                    output.Append("(?:").Append(regex).Append(" )?");
                    break;
                case TokenKind.Optional:
                    if (output.Length > 0 && output[^1] == ' ')
                    {
                        output.Length--;
                        output.Append("(?: ").Append(regex).Append(")?");
                    }
                    else
                    {
                        output.Append("(?:").Append(regex).Append(")?");
                    }
                    break;
                case TokenKind.Gap when !last:
                    output.Append(regex);
                    break;
                default:
                    break;
            }
        }
        return output.ToString();
    }

    private enum TokenKind
    {
        Required,
        Optional,
        Gap,
    }

    private static int Matching(string phrase, int open)
    {
        var depth = 0;
        for (var i = open; i < phrase.Length; i++)
        {
            if (phrase[i] is '(' or '[')
            {
                depth++;
            }
            else if (phrase[i] is ')' or ']')
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }
            }
        }
        throw new InvalidOperationException($"Unbalanced brackets in the phrase '{phrase}'.");
    }

    private static IEnumerable<string> SplitTop(string inner)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            switch (inner[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case '|' when depth == 0:
                    yield return inner[start..i];
                    start = i + 1;
                    break;
            }
        }
        yield return inner[start..];
    }
}
