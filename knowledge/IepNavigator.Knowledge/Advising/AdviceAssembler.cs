using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using IepNavigator.Knowledge.Steps;

namespace IepNavigator.Knowledge.Advising;

/// <summary>
/// Merges the rules' recommendations into one <see cref="NextStep"/> per step id (all reasons, the most urgent
/// urgency, the earliest deadline) and orders them: urgency, then a step a rule says leads, then discipline emergencies
/// and passed deadlines, then the act order. Each citation comes with its plain summary and official link.
/// </summary>
internal sealed class AdviceAssembler(StepCatalog steps, ReasonRenderer reasons, CitationsDocument citations)
{
    /// <summary>Steps that protect a child being removed from school right now: they go first within their urgency.</summary>
    private static readonly HashSet<string> Emergencies = new(StringComparer.Ordinal)
    {
        StepIds.ManifestationDetermination, StepIds.RequestServicesDuringRemoval, StepIds.RequestExpeditedEvaluation,
        StepIds.InvokeStayPut, StepIds.RequestExpeditedHearing,
    };

    public IReadOnlyList<NextStep> Assemble(IEnumerable<Recommendation> recommendations, CaseFacts facts, CaseContext context)
    {
        var merged = new List<(NextStep Step, int First, int Order)>();
        foreach (var group in recommendations.GroupBy(r => r.StepId, StringComparer.Ordinal))
        {
            var definition = steps.Find(group.Key)
                ?? throw new InvalidOperationException($"A rule recommended '{group.Key}', which steps.json lacks.");
            var deadline = group.Select(r => r.Deadline).OfType<Deadline>().MinBy(d => d.DueBy);
            var why = string.Join(" ", group.Select(r => reasons.Render(r, facts, context)).Distinct(StringComparer.Ordinal));
            var cited = CitationsOf(definition, group.ToList(), deadline);
            var step = new NextStep
            {
                Id = definition.Id,
                Title = definition.Title,
                Why = why,
                Because = [.. group.SelectMany(reasons.FactsOf).Distinct(StringComparer.Ordinal)],
                Citations = cited,
                CitationLinks = [.. cited.Select(c => citations.Link(c)
                    ?? throw new InvalidOperationException($"citations.json has no '{c}', which step '{definition.Id}' cites."))],
                Urgency = group.Min(r => r.Urgency),
                DueBy = deadline?.DueBy,
                DeadlineRule = deadline?.Rule,
                DueByEstimated = deadline?.Estimated == true,
                DeadlineKind = deadline is null ? null : DeadlineKeys.Of(deadline.Kind),
                DeadlineCitation = string.IsNullOrEmpty(deadline?.Citation) ? null : deadline.Citation,
                Letter = definition.Letter,
            };
            // Discipline emergencies and missed deadlines come first within their urgency.
            var first = group.Any(r => r.Leads) ? 0 : deadline?.Missed == true || Emergencies.Contains(definition.Id) ? 1 : 2;
            merged.Add((step, first, definition.Order));
        }

        return [.. merged
            .OrderBy(m => m.Step.Urgency)
            .ThenBy(m => m.First)
            .ThenBy(m => m.Order)
            .Select(m => m.Step)];
    }

    /// <summary>
    /// The rules behind a step for this case: the reasons' own where each reason that applies has some (else the step's),
    /// then the rule that set its date when that is another (a state's filing limit, the expedited hearing's clock), so
    /// the reply links every rule it quotes.
    /// </summary>
    private List<string> CitationsOf(StepDefinition definition, List<Recommendation> group, Deadline? deadline)
    {
        var own = group.Select(r => steps.ReasonCitations(r.StepId, r.ReasonKey)).ToList();
        var cited = own.All(c => c is not null)
            ? own.SelectMany(c => c!).Distinct(StringComparer.Ordinal).ToList()
            : [.. definition.Citations];
        if (deadline is { Citation: { Length: > 0 } rule } && !cited.Any(c => rule.StartsWith(c, StringComparison.Ordinal)) && citations.Link(rule) is not null)
        {
            cited.Add(rule);
        }
        return cited;
    }
}
