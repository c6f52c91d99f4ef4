using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using IepNavigator.Knowledge.Steps;

namespace IepNavigator.Knowledge.Advising;

/// <summary>
/// Merges the rules' recommendations into one <see cref="NextStep"/> per step id (all reasons, the most urgent
/// urgency, the earliest deadline) and orders them: urgency, then discipline and passed deadlines, then the act order.
/// </summary>
internal sealed class AdviceAssembler(StepCatalogue steps, ReasonRenderer reasons)
{
    public IReadOnlyList<NextStep> Assemble(IEnumerable<Recommendation> recommendations, CaseFacts facts, CaseContext context)
    {
        var merged = new List<(NextStep Step, bool First, int Order)>();
        foreach (var group in recommendations.GroupBy(r => r.StepId, StringComparer.Ordinal))
        {
            var definition = steps.Find(group.Key)
                ?? throw new InvalidOperationException($"A rule recommended '{group.Key}', which steps.json lacks.");
            var deadline = group.Select(r => r.Deadline).OfType<Deadline>().MinBy(d => d.DueBy);
            var why = string.Join(" ", group.Select(r => reasons.Render(r, facts, context)).Distinct(StringComparer.Ordinal));
            var step = new NextStep
            {
                Id = definition.Id,
                Title = definition.Title,
                Why = why,
                Citations = definition.Citations,
                Urgency = group.Min(r => r.Urgency),
                DueBy = deadline?.DueBy,
                DeadlineRule = deadline?.Rule,
                Letter = definition.Letter,
            };
            // Discipline past 10 days and passed deadlines come first within their urgency.
            var first = deadline?.Passed == true || definition.Id == StepIds.ManifestationDetermination;
            merged.Add((step, first, definition.Order));
        }

        return [.. merged
            .OrderBy(m => m.Step.Urgency)
            .ThenBy(m => m.First ? 0 : 1)
            .ThenBy(m => m.Order)
            .Select(m => m.Step)];
    }
}
