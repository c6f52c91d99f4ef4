using System.Globalization;

namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>Matches an answer to offered choices: a number, an exact title or synonym, a phrase inside the answer, or a near spelling.</summary>
public static class ChoiceRecognizer
{
    public static IReadOnlyList<string> Recognize(string? text, IReadOnlyList<ChoiceOption> choices, bool allowMultiple)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var answer = TextNormalizer.Normalize(text);
        if (answer.Length == 0 || choices.Count == 0 || answer.Length > 500)
        {
            return [];
        }
        var byNumber = ByNumber(answer, choices, allowMultiple);
        if (byNumber.Count > 0)
        {
            return byNumber;
        }
        // Each choice's normalized phrases, built once per message (on first need) for the three passes below,
        // instead of normalizing every title and synonym again in each pass (issue 9 profile).
        var sets = new HashSet<string>?[choices.Count];
        HashSet<string> PhrasesOf(int index) => sets[index] ??= Phrases(choices[index]);
        var exact = Enumerable.Range(0, choices.Count).Where(i => PhrasesOf(i).Contains(answer)).Select(i => choices[i].Value).Take(1).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }
        var padded = " " + answer + " ";
        var contained = Enumerable.Range(0, choices.Count)
            .Select(i => (choices[i].Value, Longest: PhrasesOf(i).Where(p => padded.Contains(" " + p + " ", StringComparison.Ordinal)).Select(p => p.Length).DefaultIfEmpty(0).Max()))
            .Where(m => m.Longest > 0)
            .OrderByDescending(m => m.Longest)
            .ToList();
        if (contained.Count > 0)
        {
            return allowMultiple ? [.. contained.Select(m => m.Value)] : [contained[0].Value];
        }
        return Fuzzy(answer, choices, PhrasesOf);
    }

    private static List<string> ByNumber(string answer, IReadOnlyList<ChoiceOption> choices, bool allowMultiple)
    {
        var words = answer.Replace(" and ", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || (!allowMultiple && words.Length > 1))
        {
            return [];
        }
        var picked = new List<string>();
        foreach (var word in words)
        {
            if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > choices.Count)
            {
                return [];
            }
            picked.Add(choices[n - 1].Value);
        }
        return [.. picked.Distinct()];
    }

    /// <summary>Short answers only: one typo in a short word, two in a long one.</summary>
    private static List<string> Fuzzy(string answer, IReadOnlyList<ChoiceOption> choices, Func<int, HashSet<string>> phrasesOf)
    {
        if (answer.Length < 4 || answer.Split(' ').Length > 4)
        {
            return [];
        }
        var best = Enumerable.Range(0, choices.Count)
            .SelectMany(i => phrasesOf(i).Select(p => (choices[i].Value, Distance: EditDistance(answer, p), p.Length)))
            .Where(m => m.Distance <= (m.Length >= 8 ? 2 : 1))
            .OrderBy(m => m.Distance)
            .FirstOrDefault();
        return best.Value is null ? [] : [best.Value];
    }

    private static HashSet<string> Phrases(ChoiceOption choice) =>
        new[] { choice.Title, choice.Value }.Concat(choice.Synonyms)
            .Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return 3;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
