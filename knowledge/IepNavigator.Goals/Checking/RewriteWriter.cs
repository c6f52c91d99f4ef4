using System.Text;
using System.Text.RegularExpressions;
using IepNavigator.Goals.Content;

namespace IepNavigator.Goals.Checking;

/// <summary>
/// The suggested rewrite: the school's own sentence, every word kept, with a [blank] where a part is missing (in the
/// parent's language) and a part the goal gives elsewhere (a baseline in the present levels) joined in with the English
/// words of patterns.json "rewrite". Nothing is said twice: a way to measure inside the target ("in 4 of 5 weekly
/// probes") is not added again. A goal with no "... will ..." sentence is written from the template instead.
/// </summary>
internal sealed partial class RewriteWriter(CompiledPatterns patterns, PartFinder finder, FeedbackWriter feedback)
{
    private RewriteFrame Frame => patterns.Rewrite;

    public string Write(string flat, TextSpan? sentence, IReadOnlyList<FoundPart> found, SkillReading skill, IReadOnlyDictionary<string, string> slots, bool postsecondary)
    {
        var rewrite = sentence is { } s && skill.HasStatement
            ? Edit(flat, s, found, skill, slots, postsecondary)
            : FromTemplate(found, skill, slots);
        return Spaces().Replace(CapitalFirst(rewrite), " ");
    }

    private string Edit(string flat, TextSpan sentence, IReadOnlyList<FoundPart> found, SkillReading skill, IReadOnlyDictionary<string, string> slots, bool postsecondary)
    {
        bool Inside(FoundPart f) => f.Start >= sentence.Start && f.Start + f.Length <= sentence.End && !f.FromContext;
        var edits = new List<(int At, int Remove, string Insert)>();
        var tail = new StringBuilder();

        // What comes before the child: the time frame first, then the conditions, as IEPs usually write them.
        var timeframe = found.FirstOrDefault(f => f.Part == GoalPart.Timeframe);
        if (timeframe is null && !postsecondary)
        {
            edits.Add((sentence.Start, 0, Lead(feedback.Placeholder(GoalPart.Timeframe, slots))));
        }
        else if (timeframe is not null && !Inside(timeframe))
        {
            edits.Add((sentence.Start, 0, Lead(timeframe.Text)));
        }
        var condition = found.FirstOrDefault(f => f.Part == GoalPart.Condition);
        int subject = Math.Clamp(skill.Subject, sentence.Start, sentence.End);
        if (condition is null && !postsecondary)
        {
            edits.Add((subject, 0, Lead(feedback.Placeholder(GoalPart.Condition, slots))));
        }
        else if (condition is not null && !Inside(condition))
        {
            edits.Add((subject, 0, Lead(LowerFirst(condition.Value))));
        }

        // The skill: a vague one gives way to the blank; the target follows the skill's words.
        int wordsEnd = Math.Clamp(skill.WordsEnd, sentence.Start, sentence.End);
        if (skill.Skill is null)
        {
            int wordsStart = Math.Clamp(skill.WordsStart, sentence.Start, wordsEnd);
            // The vague words give way to the blank; a part found among them ("in the classroom") stays.
            int vagueEnd = found.Where(f => f.Start > wordsStart && f.Start < wordsEnd).Select(f => f.Start).DefaultIfEmpty(wordsEnd).Min();
            edits.Add((wordsStart, vagueEnd - wordsStart, feedback.Placeholder(GoalPart.Skill, slots) + (vagueEnd < wordsEnd ? " " : "")));
        }
        var criteria = found.Where(f => f.Part == GoalPart.Criterion).ToList();
        if (criteria.Count == 0 && !postsecondary)
        {
            edits.Add((wordsEnd, 0, " " + feedback.Placeholder(GoalPart.Criterion, slots)));
        }
        foreach (var criterion in criteria.Where(c => !Inside(c)))
        {
            edits.Add((wordsEnd, 0, " " + finder.CriterionPhrase(criterion, "{v}")));
        }

        // After the sentence: how it is measured and where the child starts, unless the sentence already says so.
        var measurement = found.FirstOrDefault(f => f.Part == GoalPart.Measurement);
        if (measurement is null && !postsecondary)
        {
            tail.Append(Join(Frame.Measurement, feedback.Placeholder(GoalPart.Measurement, slots)));
        }
        else if (measurement is not null && !Inside(measurement))
        {
            tail.Append(Join(Frame.Measurement, measurement.Value));
        }
        var baseline = found.FirstOrDefault(f => f.Part == GoalPart.Baseline);
        if (baseline is null && !postsecondary)
        {
            tail.Append(Join(Frame.Baseline, feedback.Placeholder(GoalPart.Baseline, slots)));
        }
        else if (baseline is not null && !Inside(baseline))
        {
            tail.Append(Join(Frame.Baseline, WithUnit(baseline.Value, found)));
        }

        var text = new StringBuilder(flat[sentence.Start..sentence.End]);
        bool leads = edits.Any(e => e.At == sentence.Start && e.Remove == 0);
        // Later edits first so earlier offsets stay right; at one place, the one listed first ends up first.
        foreach (var (at, remove, insert) in edits.Select((e, i) => (e, i)).OrderByDescending(x => x.e.At).ThenByDescending(x => x.i).Select(x => x.e))
        {
            int offset = at - sentence.Start;
            text.Remove(offset, remove).Insert(offset, insert);
        }
        var body = text.ToString().Trim().TrimEnd('.', ';', ',', ' ');
        if (leads)
        {
            body = LowerAfterLeads(body, flat[sentence.Start..sentence.End]);
        }
        return body + tail + ".";
    }

    private string FromTemplate(IReadOnlyList<FoundPart> found, SkillReading skill, IReadOnlyDictionary<string, string> slots)
    {
        string Slot(GoalPart part, Func<FoundPart, string> read)
        {
            var hits = found.Where(f => f.Part == part).ToList();
            return hits.Count == 0 ? feedback.Placeholder(part, slots) : string.Join(' ', hits.Select(read));
        }

        var values = new Dictionary<string, string>
        {
            ["timeframe"] = Slot(GoalPart.Timeframe, f => f.Text),
            ["condition"] = Slot(GoalPart.Condition, f => LowerFirst(f.Value)),
            ["child"] = feedback.EnglishChild(skill.Child),
            ["skill"] = Slot(GoalPart.Skill, f => f.Value),
            ["criterion"] = Slot(GoalPart.Criterion, f => finder.CriterionPhrase(f, "{v}")),
            ["measurement"] = Slot(GoalPart.Measurement, f => f.Value),
            ["baseline"] = Slot(GoalPart.Baseline, f => WithUnit(f.Value, found)),
        };
        return Slots.Fill(Frame.Template, values);
    }

    private string Lead(string part) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Frame.Lead, part);

    private static string Join(string frame, string part) => string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, part);

    /// <summary>The school's first word after a blank put before it: "Given a pencil grip" reads "given a pencil grip"; a name stays.</summary>
    private static string LowerAfterLeads(string body, string original)
    {
        var start = original.TrimStart();
        if (start.Length < 2 || !char.IsUpper(start[0]))
        {
            return body;
        }
        // "Student will ..." after a blank reads "the student will ...".
        var bare = BareCommonNoun().Match(start);
        if (bare.Success)
        {
            int noun = body.LastIndexOf(bare.Value, StringComparison.Ordinal);
            return noun <= 0 ? body : body[..noun] + "the " + bare.Value.ToLowerInvariant() + body[(noun + bare.Length)..];
        }
        if (IsName(start) && !start.StartsWith("The ", StringComparison.Ordinal))
        {
            return body;
        }
        int at = body.LastIndexOf(start[..Math.Min(start.Length, 12)], StringComparison.Ordinal);
        return at <= 0 ? body : body[..at] + char.ToLowerInvariant(body[at]) + body[(at + 1)..];
    }

    /// <summary>The first letter is capital even when the sentence opens with a [blank].</summary>
    private static string CapitalFirst(string sentence)
    {
        int first = sentence.AsSpan().IndexOfAnyInRange('a', 'z');
        int firstUpper = sentence.AsSpan().IndexOfAnyInRange('A', 'Z');
        int accented = FirstLetter().Match(sentence) is { Success: true } m ? m.Index : -1;
        if (accented >= 0 && char.IsLower(sentence[accented]) && (first < 0 || accented <= first))
        {
            first = accented;
        }
        return first >= 0 && (firstUpper < 0 || first < firstUpper)
            ? sentence[..first] + char.ToUpperInvariant(sentence[first]) + sentence[(first + 1)..]
            : sentence;
    }

    /// <summary>"During transitions" reads "during transitions" mid-sentence; "IEP" and names stay as written.</summary>
    private static string LowerFirst(string value) =>
        value.Length > 1 && char.IsUpper(value[0]) && char.IsLower(value[1]) && !IsName(value)
            ? char.ToLowerInvariant(value[0]) + value[1..]
            : value;

    private static bool IsName(string value) => !FunctionWordStart().IsMatch(value);

    /// <summary>A bare baseline number ("45" from "from 45 to 90 wcpm") takes the criterion's unit.</summary>
    private static string WithUnit(string baseline, IReadOnlyList<FoundPart> found)
    {
        if (!BareNumber().IsMatch(baseline))
        {
            return baseline;
        }
        var unit = found.Where(f => f.Part == GoalPart.Criterion)
            .Select(f => NumberWithUnit().Match(f.Value))
            .FirstOrDefault(m => m.Success);
        return unit is null ? baseline : baseline + (unit.Groups["unit"].Value.StartsWith('%') ? "" : " ") + unit.Groups["unit"].Value;
    }

    [GeneratedRegex(@"^(?:Student|Child|Learner)(?=\s)")]
    private static partial Regex BareCommonNoun();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex FirstLetter();

    [GeneratedRegex(@"^\d+(?:\.\d+)?$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^\d+(?:\.\d+)?\s*(?<unit>%.*|[a-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"^(?:during|in|on|when|while|given|with|without|using|across|after|if|throughout|from|provided|by|within|before|upon|following|at|for|over)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FunctionWordStart();
}
