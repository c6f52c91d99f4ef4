namespace IepNavigator.Goals.Checking;

/// <summary>What the child will do: the words after "will" up to the next part, and whether they name an observable action.</summary>
internal sealed class SkillFinder(CompiledPatterns patterns, GoalSplitter splitter)
{
    private const int MaxWords = 12;

    private static readonly HashSet<string> TrailingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "a", "an", "the", "at", "to", "in", "on", "with", "and", "or", "for", "by", "from", "without",
    };

    /// <summary>
    /// The skill (null when the goal has no "will" or the skill is vague), the child as named, the vague words, and where
    /// in <paramref name="flat"/> the statement and the skill's words lie (for the rewrite, which edits the goal's own sentence).
    /// </summary>
    /// <param name="criteria">The goal's criteria: a number that starts none of them ("complete 2 job applications") belongs to the action.</param>
    public SkillReading Read(string flat, int start, int end, IReadOnlyList<FoundPart> criteria, bool hasCriterion)
    {
        var segment = flat[start..end];
        var statement = splitter.FindStatement(segment);
        if (statement is null)
        {
            return new SkillReading(null, null, null);
        }
        var childGroup = statement.Groups["child"];
        var child = childGroup.Success ? childGroup.Value.Trim() : null;
        int subject = start + (childGroup.Success ? childGroup.Index : statement.Index);
        int at = statement.Index + statement.Length;
        var lead = PartFinder.SafeMatch(patterns.SkillLead, segment, at);
        if (lead.Success)
        {
            at = lead.Index + lead.Length;
        }
        var rest = segment[at..];
        var stop = PartFinder.SafeMatch(patterns.SkillStops, rest);
        // A stop at a bare number that begins no criterion ("complete 2 job applications") does not end the action.
        while (stop.Success && IsNumberStop(stop) && !criteria.Any(c => c.Start >= start + at + stop.Index && c.Start <= start + at + stop.Index + stop.Length + 1))
        {
            stop = PartFinder.SafeMatch(patterns.SkillStops, rest, stop.Index + stop.Length);
        }
        var words = Words(stop.Success && stop.Index > 0 ? rest[..stop.Index] : rest);
        // "write a paragraph of" (cut before "5 sentences") reads as "write a paragraph".
        while (words.Count > 1 && TrailingWords.Contains(words[^1].Text))
        {
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count == 0)
        {
            return new SkillReading(null, child, null) { Subject = subject, WordsStart = start + at, WordsEnd = start + at };
        }
        var shown = words.Take(MaxWords).ToList();
        while (shown.Count > 1 && TrailingWords.Contains(shown[^1].Text))
        {
            shown.RemoveAt(shown.Count - 1);
        }
        var phrase = string.Join(' ', shown.Select(w => w.Text));
        int from = start + at + words[0].Index, to = start + at + words[^1].Index + words[^1].Text.Length;
        bool vague = PartFinder.SafeMatch(patterns.VagueStart, phrase).Success
            || PartFinder.SafeMatch(patterns.VagueAreas, phrase).Success
            || (!hasCriterion && PartFinder.SafeMatch(patterns.ChangeStart, phrase).Success);
        var reading = vague
            ? new SkillReading(null, child, phrase)
            : new SkillReading(new FoundPart(GoalPart.Skill, phrase, phrase, from, phrase.Length, "will-verb"), child, null);
        return reading with { Subject = subject, WordsStart = from, WordsEnd = to };
    }

    private static bool IsNumberStop(System.Text.RegularExpressions.Match stop) => stop.Value.TrimStart().Length > 0 && char.IsDigit(stop.Value.TrimStart()[0]);

    /// <summary>The words of a phrase with their offsets, punctuation at either end of the phrase left out.</summary>
    private static List<(int Index, string Text)> Words(string phrase)
    {
        var words = new List<(int Index, string Text)>();
        int i = 0;
        while (i < phrase.Length)
        {
            while (i < phrase.Length && char.IsWhiteSpace(phrase[i]))
            {
                i++;
            }
            int begin = i;
            while (i < phrase.Length && !char.IsWhiteSpace(phrase[i]))
            {
                i++;
            }
            if (i > begin)
            {
                words.Add((begin, phrase[begin..i]));
            }
        }
        if (words.Count > 0)
        {
            var (index, text) = words[0];
            var trimmed = text.TrimStart(',', ';', ':', '-', '(', ')');
            words[0] = (index + text.Length - trimmed.Length, trimmed);
            words[^1] = (words[^1].Index, words[^1].Text.TrimEnd(',', ';', ':', '-', '(', ')', '.'));
        }
        return [.. words.Where(w => w.Text.Length > 0)];
    }
}

/// <summary>The skill found (or null), the child as the goal names them, and the vague words when that is why it is missing.</summary>
internal sealed record SkillReading(FoundPart? Skill, string? Child, string? VagueWords)
{
    /// <summary>Where the goal's statement begins in the pasted text (the child's name, or "will"); -1 without one.</summary>
    public int Subject { get; init; } = -1;

    /// <summary>Where the words after "will" (the skill, vague or not) begin and end in the pasted text.</summary>
    public int WordsStart { get; init; } = -1;

    public int WordsEnd { get; init; } = -1;

    public bool HasStatement => Subject >= 0;
}
