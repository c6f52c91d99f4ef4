using System.Text.RegularExpressions;

namespace IepNavigator.Goals.Checking;

/// <summary>
/// Splits a pasted goals section into goals: headings ("Annual Goal 1:"), numbering, bullets and blank lines
/// start items; inside an item every "... will ..." sentence that is about the child starts a goal.
/// Text that holds no goal (present levels, a heading) becomes the context of the goal after it.
/// </summary>
internal sealed class GoalSplitter(CompiledPatterns patterns)
{
    private readonly SentenceSplitter sentences = new();

    public IReadOnlyList<GoalSegment> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var goals = new List<GoalSegment>();
        var blocks = Blocks(text);
        int contextStart = -1, contextEnd = -1;
        foreach (var block in blocks)
        {
            var found = GoalsInBlock(text, block, contextStart, contextEnd);
            if (found.Count == 0)
            {
                if (contextStart < 0)
                {
                    contextStart = block.Start;
                }
                contextEnd = block.End;
                continue;
            }
            goals.AddRange(found);
            contextStart = contextEnd = -1;
        }
        if (goals.Count == 0 && blocks.Count == 1)
        {
            // One short text with no "will" ("Improve reading skills") is still what the parent wants checked.
            goals.Add(new GoalSegment(blocks[0].Start, blocks[0].End, blocks[0].Kind, 0, 0));
        }
        return goals;
    }

    /// <summary>Items of the text: a new one at each marker line or after a blank line; wrapped lines continue it.</summary>
    private List<TextSpan> Blocks(string text)
    {
        var blocks = new List<TextSpan>();
        int start = -1, end = -1;
        var kind = GoalKind.AnnualGoal;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            var line = text[lineStart..lineEnd];
            var marker = PartFinder.SafeMatch(patterns.ItemStart, line);
            bool blank = string.IsNullOrWhiteSpace(line);
            if (blank || marker.Success)
            {
                Close(blocks, text, start, end, kind);
                start = end = -1;
            }
            if (!blank)
            {
                int contentStart = lineStart + (marker.Success ? marker.Length : 0);
                if (start < 0)
                {
                    start = contentStart;
                    kind = marker.Success && PartFinder.SafeMatch(patterns.ObjectiveMarker, marker.Value).Success ? GoalKind.Objective : GoalKind.AnnualGoal;
                }
                end = lineEnd;
            }
            if (newline < 0)
            {
                break;
            }
            lineStart = newline + 1;
        }
        Close(blocks, text, start, end, kind);
        return blocks;
    }

    private static void Close(List<TextSpan> blocks, string text, int start, int end, GoalKind kind)
    {
        if (start < 0)
        {
            return;
        }
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            blocks.Add(new TextSpan(start, end, kind));
        }
    }

    /// <summary>Groups the sentences of a block around its goal statements.</summary>
    private List<GoalSegment> GoalsInBlock(string text, TextSpan block, int contextStart, int contextEnd)
    {
        var spans = sentences.Split(text, block);
        var isGoal = spans.Select(s => IsGoalStatement(text.Substring(s.Start, s.Length))).ToList();
        var goals = new List<GoalSegment>();
        if (!isGoal.Contains(true))
        {
            return goals;
        }
        int groupStart = -1, groupEnd = -1;
        bool groupHasGoal = false;
        for (int i = 0; i < spans.Count; i++)
        {
            var sentence = text.Substring(spans[i].Start, spans[i].Length);
            bool startsNext = isGoal[i]
                ? groupHasGoal
                : groupHasGoal && PartFinder.SafeMatch(patterns.PresentLevelStart, sentence).Success && isGoal.Skip(i + 1).Contains(true);
            if (startsNext)
            {
                goals.Add(Segment(block.Kind, groupStart, groupEnd, goals.Count == 0, contextStart, contextEnd));
                groupStart = -1;
                groupHasGoal = false;
            }
            if (groupStart < 0)
            {
                groupStart = spans[i].Start;
            }
            groupEnd = spans[i].End;
            groupHasGoal |= isGoal[i];
        }
        goals.Add(Segment(block.Kind, groupStart, groupEnd, goals.Count == 0, contextStart, contextEnd));
        return goals;
    }

    private static GoalSegment Segment(GoalKind kind, int start, int end, bool first, int contextStart, int contextEnd) =>
        first && contextStart >= 0
            ? new GoalSegment(start, end, kind, contextStart, contextEnd)
            : new GoalSegment(start, end, kind, 0, 0);

    /// <summary>A sentence with "will" whose subject is the child (not "progress will be reported").</summary>
    public bool IsGoalStatement(string sentence) => FindStatement(sentence) is not null;

    /// <summary>The first "... will" about the child; its "child" group names them when the goal does.</summary>
    public Match? FindStatement(string sentence)
    {
        for (var m = PartFinder.SafeMatch(patterns.GoalStatement, sentence); m.Success; m = PartFinder.SafeMatch(patterns.GoalStatement, sentence, m.Index + Math.Max(1, m.Length)))
        {
            var child = m.Groups["child"];
            if (!child.Success)
            {
                return m;
            }
            var lastWord = child.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            if (!patterns.NotTheChild.Contains(lastWord))
            {
                return m;
            }
        }
        return null;
    }
}
