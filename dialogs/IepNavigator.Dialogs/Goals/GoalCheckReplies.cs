using System.Text;
using IepNavigator.Goals.Checking;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// The chat's answer to a goal check: per goal, measurable or not, what it has, what is missing in plain words with
/// the question to ask, and the rewrite pattern; then one line over all goals. Goals are packed into messages of at
/// most <see cref="MaxMessageLength"/> characters so a whole goals section reads as a few messages, not one wall.
/// </summary>
public sealed class GoalCheckReplies(GoalChatContent content)
{
    /// <summary>About a phone screen and a half of text.</summary>
    public const int MaxMessageLength = 1500;

    /// <summary>The goal's own words are quoted up to this length (the parent has the rest in front of them).</summary>
    public const int QuoteLength = 240;

    /// <param name="cut">True when the chat already cut the message (see <see cref="Runtime.DialogRunner.MaxTextLength"/>).</param>
    public IReadOnlyList<string> Build(GoalCheckResult result, bool cut = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var blocks = new List<string>();
        if (result.Truncated || cut)
        {
            blocks.Add(content["check.truncated"]);
        }
        blocks.AddRange(result.Goals.Select(g => Describe(g, result.RewriteIntro)));
        var annual = result.Goals.Count;
        // A goal not written in English is not judged: it counts neither as measurable nor as not.
        var judged = result.Goals.Count(g => g.Judged);
        var notMeasurable = result.Goals.Count(g => g.Judged && !g.Measurable);
        if (judged > 0)
        {
            blocks.Add(notMeasurable == 0
                ? content.Format("check.allMeasurable", judged)
                : content.Format("check.someNot", notMeasurable, judged));
        }
        if (judged < annual)
        {
            blocks.Add(content.Format("check.notJudged", annual - judged, annual));
        }
        return Pack(blocks);
    }

    public string Describe(CheckedGoal goal, string rewriteIntro)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var kind = goal.Kind == GoalKind.Objective ? "check.heading.objective." : "check.heading.";
        var verdict = !goal.Judged ? "notJudged" : goal.Measurable ? "measurable" : "notMeasurable";
        var text = new StringBuilder(content.Format(kind + verdict, goal.Number));
        text.Append("\n\n> ").Append(Quote(goal.Text));
        text.Append("\n\n").Append(goal.Summary);
        // What it has, quoted in the goal's own words ("an action to count ("read aloud"), a target ("90 wcpm")").
        if (goal.FoundSummary is { } found)
        {
            text.Append(' ').Append(found);
        }
        if (goal.Missing.Count > 0)
        {
            text.Append("\n\n").Append(content["check.missing"]);
            foreach (var missing in goal.Missing)
            {
                text.Append("\n- **").Append(missing.Name).Append("**: ").Append(missing.Explanation)
                    .Append(' ').Append(content.Format("check.ask", missing.Question));
            }
            text.Append("\n\n").Append(rewriteIntro).Append("\n\n> ").Append(goal.Rewrite);
        }
        return text.ToString();
    }

    private static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= QuoteLength)
        {
            return flat;
        }
        // Cut between words: the parent has the whole goal in front of them, the quote only has to be recognised.
        var cut = flat[..QuoteLength];
        var space = cut.LastIndexOf(' ');
        return (space > QuoteLength / 2 ? cut[..space] : cut).TrimEnd(' ', ',', ';', ':') + "…";
    }

    /// <summary>Blocks joined into messages; a block longer than a message is cut at its paragraph breaks.</summary>
    internal static IReadOnlyList<string> Pack(IEnumerable<string> blocks)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var paragraph in blocks.SelectMany(Split))
        {
            if (current.Length > 0 && current.Length + 2 + paragraph.Length > MaxMessageLength)
            {
                messages.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0)
            {
                current.Append("\n\n");
            }
            current.Append(paragraph);
        }
        if (current.Length > 0)
        {
            messages.Add(current.ToString());
        }
        return messages;
    }

    /// <summary>A block that fits stays whole (a goal and its explanation belong together); a longer one splits at blank lines, line breaks or sentence ends.</summary>
    private static IEnumerable<string> Split(string block) =>
        block.Length <= MaxMessageLength ? [block] : Presentation.MessageSplitter.Split(block, MaxMessageLength);
}
