using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Advising;

/// <summary>
/// Warnings on the advice: missed school deadlines first; then a federal default that may have passed (never called
/// missed: the state may set its own); then how sure the timelines are.
/// </summary>
internal sealed class WarningWriter(PhrasesDocument phrases, TimelineBook timelines)
{
    public const string DeadlinePassed = "deadline-passed";
    public const string StateNotListed = "state-not-listed";
    public const string SecondarySource = "secondary-source";
    public const string DeadlineMayHavePassed = "deadline-may-have-passed";

    public IReadOnlyList<AdviceWarning> Write(CaseFacts facts, IReadOnlyList<Deadline> deadlines)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var warnings = new List<AdviceWarning>();
        foreach (var deadline in InDueOrder(deadlines, static d => d.Missed))
        {
            warnings.Add(new AdviceWarning(DeadlinePassed, Fill(DeadlinePassed, Values(deadline))));
        }

        foreach (var deadline in InDueOrder(deadlines, static d => d.Passed && d.SchoolDuty && d.Provisional))
        {
            warnings.Add(new AdviceWarning(DeadlineMayHavePassed, Fill(DeadlineMayHavePassed, Values(deadline))));
        }

        if (deadlines.Count > 0 && facts.State is { } state && timelines.Find(state) is null)
        {
            warnings.Add(new AdviceWarning(StateNotListed, Fill(StateNotListed, n => n == "state" ? state : null)));
        }

        if (AnySecondary(deadlines))
        {
            warnings.Add(new AdviceWarning(SecondarySource, Fill(SecondarySource, n => n == "state" ? facts.State : null)));
        }

        return warnings;
    }

    /// <summary>The deadlines that match, earliest first (equal dates in their order); nothing allocated when none does.</summary>
    private static IReadOnlyList<Deadline> InDueOrder(IReadOnlyList<Deadline> deadlines, Func<Deadline, bool> match)
    {
        List<Deadline>? matched = null;
        for (var i = 0; i < deadlines.Count; i++)
        {
            if (match(deadlines[i]))
            {
                (matched ??= []).Add(deadlines[i]);
            }
        }
        return matched is null ? [] : matched.Count == 1 ? matched : [.. matched.OrderBy(d => d.DueBy)];
    }

    private static bool AnySecondary(IReadOnlyList<Deadline> deadlines)
    {
        for (var i = 0; i < deadlines.Count; i++)
        {
            if (deadlines[i].Secondary)
            {
                return true;
            }
        }
        return false;
    }

    private Func<string, string?> Values(Deadline deadline) => name => name switch
    {
        "what" => phrases.DeadlineName(DeadlineKeys.Of(deadline.Kind)),
        "dueBy" => PlainDates.Format(deadline.DueBy),
        "rule" => deadline.Rule,
        _ => null,
    };

    private string Fill(string code, Func<string, string?> valueOf) => TemplateText.Fill(phrases.Warning(code), valueOf);
}
