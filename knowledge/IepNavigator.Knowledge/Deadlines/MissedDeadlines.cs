using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Deadlines;

/// <summary>
/// A school deadline of the case that has passed: what (as the parent writes it to the school), when, whether that
/// date is an estimate (counted over school days), the advice's sentence saying how it was counted, and its rule.
/// </summary>
public sealed record MissedDeadline(string Name, DateOnly DueBy, bool Estimated, string Rule, string Citation);

/// <summary>
/// The school deadlines a case has missed, as the advice counts them (never a federal default the state may have
/// replaced): what a letter about an overdue timeline names, each with its own rule.
/// </summary>
public static class MissedDeadlines
{
    /// <summary>The missed deadlines, earliest first, with their sentences in <paramref name="language"/> (null: the current one).</summary>
    public static IReadOnlyList<MissedDeadline> Find(CaseFacts facts, DateOnly today, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var code = ContentLanguage.Normalize(language ?? ContentLanguage.Current);
        var content = KnowledgeContent.For(code);
        // The rule sentences write dates in the current language: the letter's.
        using var _ = ContentLanguage.Begin(code);
        var calculator = new DeadlineCalculator(content.Timelines, content.Calendar, new DeadlineRuleWriter(content.Phrases));
        return [.. calculator.Compute(facts, today)
            .Where(d => d.Missed)
            .OrderBy(d => d.DueBy)
            .Select(d => new MissedDeadline(content.Phrases.DeadlineNameInLetters(DeadlineKeys.Of(d.Kind)), d.DueBy, d.Estimated, d.Rule, d.Citation))];
    }
}
