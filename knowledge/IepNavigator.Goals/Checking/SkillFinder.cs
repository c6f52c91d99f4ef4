namespace IepNavigator.Goals.Checking;

/// <summary>What the child will do: the words after "will" up to the next part, and whether they name an observable action.</summary>
internal sealed class SkillFinder(CompiledPatterns patterns, GoalSplitter splitter)
{
    private const int MaxWords = 12;

    private static readonly HashSet<string> TrailingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "a", "an", "the", "at", "to", "in", "on", "with", "and", "or", "for", "by", "from",
    };

    /// <summary>The skill (null when the goal has no "will"), the child as named, and whether the skill is vague.</summary>
    public SkillReading Read(string flat, int start, int end, bool hasCriterion)
    {
        var segment = flat[start..end];
        var statement = splitter.FindStatement(segment);
        if (statement is null)
        {
            return new SkillReading(null, null, null);
        }
        var child = statement.Groups["child"] is { Success: true } c ? AsSubject(c.Value.Trim()) : null;
        int at = statement.Index + statement.Length;
        var lead = PartFinder.SafeMatch(patterns.SkillLead, segment, at);
        if (lead.Success)
        {
            at = lead.Index + lead.Length;
        }
        var rest = segment[at..];
        var phrase = PartFinder.Tidy(PartFinder.Cut(rest, patterns.SkillStops));
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "write a paragraph of" (cut before "5 sentences") reads as "write a paragraph".
        while (words.Count > 1 && TrailingWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count == 0)
        {
            return new SkillReading(null, child, null);
        }
        phrase = string.Join(' ', words.Take(MaxWords));
        int offset = start + at + rest.IndexOf(words[0], StringComparison.Ordinal);
        bool vague = PartFinder.SafeMatch(patterns.VagueStart, phrase).Success
            || (!hasCriterion && PartFinder.SafeMatch(patterns.ChangeStart, phrase).Success);
        if (vague)
        {
            return new SkillReading(null, child, phrase);
        }
        var found = new FoundPart(GoalPart.Skill, phrase, phrase, offset, phrase.Length, "will-verb");
        return new SkillReading(found, child, null);
    }

    /// <summary>"The student" and "Student" read "the student" mid-sentence; names stay as written.</summary>
    private static string AsSubject(string child) =>
        child.StartsWith("The ", StringComparison.Ordinal) ? "the " + child[4..]
        : CommonNouns.Contains(child) ? "the " + child.ToLowerInvariant()
        : child;

    private static readonly HashSet<string> CommonNouns = new(StringComparer.OrdinalIgnoreCase) { "student", "child", "learner" };
}

/// <summary>The skill found (or null), the child as the goal names them, and the vague words when that is why it is missing.</summary>
internal sealed record SkillReading(FoundPart? Skill, string? Child, string? VagueWords);
