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
        foreach (var deadline in deadlines.Where(d => d.Missed).OrderBy(d => d.DueBy))
        {
            warnings.Add(new AdviceWarning(DeadlinePassed, Fill(DeadlinePassed, Values(deadline))));
        }

        foreach (var deadline in deadlines.Where(d => d.Passed && d.SchoolDuty && d.Provisional).OrderBy(d => d.DueBy))
        {
            warnings.Add(new AdviceWarning(DeadlineMayHavePassed, Fill(DeadlineMayHavePassed, Values(deadline))));
        }

        if (deadlines.Count > 0 && facts.State is { } state && timelines.Find(state) is null)
        {
            warnings.Add(new AdviceWarning(StateNotListed, Fill(StateNotListed, n => n == "state" ? state : null)));
        }

        if (deadlines.Any(d => d.Secondary))
        {
            warnings.Add(new AdviceWarning(SecondarySource, Fill(SecondarySource, n => n == "state" ? facts.State : null)));
        }

        return warnings;
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
