using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using IepNavigator.Knowledge.Steps;

namespace IepNavigator.Knowledge.Advising;

/// <summary>
/// Merges the rules' recommendations into one <see cref="NextStep"/> per step id (all reasons, the most urgent
/// urgency, the earliest deadline; the reasons in the order steps.json lists them) and orders them: urgency, then a step a rule says leads, then discipline emergencies
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

    public IReadOnlyList<NextStep> Assemble(IReadOnlyList<Recommendation> recommendations, CaseFacts facts, CaseContext context)
    {
        // Plain loops rather than LINQ: this runs on every advice, and the groups are a handful of items.
        var groups = GroupByStep(recommendations);
        var merged = new List<(NextStep Step, int First, int Order, int Index)>(groups.Count);
        foreach (var group in groups)
        {
            var stepId = group[0].StepId;
            var definition = steps.Find(stepId)
                ?? throw new InvalidOperationException($"A rule recommended '{stepId}', which steps.json lacks.");
            Deadline? deadline = null;
            var urgency = group[0].Urgency;
            var leads = false;
            var why = new List<string>(group.Count);
            var because = new List<string>();
            // The rules behind the step for this case: the reasons' own where each reason that applies has some, else the step's.
            var cited = new List<string>();
            var ownCitations = true;
            foreach (var (recommendation, reason) in InListedOrder(group))
            {
                // The earliest deadline; the first of equal ones.
                if (recommendation.Deadline is { } due && (deadline is null || due.DueBy < deadline.DueBy))
                {
                    deadline = due;
                }
                urgency = recommendation.Urgency < urgency ? recommendation.Urgency : urgency;
                leads |= recommendation.Leads;
                AddNew(why, reasons.Render(reason, recommendation, facts, context));
                foreach (var fact in reasons.FactsOf(reason))
                {
                    AddNew(because, fact);
                }
                if (ownCitations && reason.Citations is { } own)
                {
                    foreach (var citation in own)
                    {
                        AddNew(cited, citation);
                    }
                }
                else
                {
                    ownCitations = false;
                }
            }
            CiteFor(cited, ownCitations ? null : definition, deadline);
            var links = new CitationLink[cited.Count];
            for (var i = 0; i < links.Length; i++)
            {
                links[i] = citations.Link(cited[i])
                    ?? throw new InvalidOperationException($"citations.json has no '{cited[i]}', which step '{definition.Id}' cites.");
            }
            var step = new NextStep
            {
                Id = definition.Id,
                Title = definition.Title,
                Why = why.Count == 1 ? why[0] : string.Join(" ", why),
                Because = because,
                Citations = cited,
                CitationLinks = links,
                Urgency = urgency,
                DueBy = deadline?.DueBy,
                DeadlineRule = deadline?.Rule,
                DueByEstimated = deadline?.Estimated == true,
                DeadlineKind = deadline is null ? null : DeadlineKeys.Of(deadline.Kind),
                DeadlineCitation = string.IsNullOrEmpty(deadline?.Citation) ? null : deadline.Citation,
                Letter = definition.Letter,
            };
            // Discipline emergencies and missed deadlines come first within their urgency.
            var first = leads ? 0 : deadline?.Missed == true || Emergencies.Contains(definition.Id) ? 1 : 2;
            merged.Add((step, first, definition.Order, merged.Count));
        }

        // List.Sort is not stable: the index keeps equal keys in the order first recommended, as OrderBy did.
        // Urgency compared as its number: Enum.CompareTo boxes both sides, twice per comparison.
        merged.Sort(static (a, b) =>
            a.Step.Urgency != b.Step.Urgency ? ((int)a.Step.Urgency).CompareTo((int)b.Step.Urgency)
            : a.First != b.First ? a.First.CompareTo(b.First)
            : a.Order != b.Order ? a.Order.CompareTo(b.Order)
            : a.Index.CompareTo(b.Index));
        var ordered = new NextStep[merged.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = merged[i].Step;
        }
        return ordered;
    }

    /// <summary>The recommendations of each step together, steps in the order first recommended.</summary>
    private static List<List<Recommendation>> GroupByStep(IReadOnlyList<Recommendation> recommendations)
    {
        var groups = new List<List<Recommendation>>();
        foreach (var recommendation in recommendations)
        {
            List<Recommendation>? group = null;
            foreach (var candidate in groups)
            {
                if (string.Equals(candidate[0].StepId, recommendation.StepId, StringComparison.Ordinal))
                {
                    group = candidate;
                    break;
                }
            }
            if (group is null)
            {
                groups.Add(group = []);
            }
            group.Add(recommendation);
        }
        return groups;
    }

    /// <summary>
    /// A step's recommendations with their reasons, in the order steps.json lists the reasons; recommendations of the same
    /// reason stay in firing order. The rules' firing order follows the shape of NRules' network, so the advice does not.
    /// </summary>
    private (Recommendation Recommendation, StepReason Reason)[] InListedOrder(List<Recommendation> group)
    {
        var listed = new (Recommendation Recommendation, StepReason Reason)[group.Count];
        for (var i = 0; i < listed.Length; i++)
        {
            // Insertion sort: stable, and a step has a handful of reasons at most.
            var item = (group[i], reasons.ReasonOf(group[i]));
            var at = i;
            for (; at > 0 && listed[at - 1].Reason.Position > item.Item2.Position; at--)
            {
                listed[at] = listed[at - 1];
            }
            listed[at] = item;
        }
        return listed;
    }

    private static void AddNew(List<string> list, string value)
    {
        // string's own equality is ordinal; List.Contains does not box an enumerator as the LINQ overload does.
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    /// <summary>
    /// Completes the rules behind a step for this case: the step's own when some reason that applies has none of its own
    /// (<paramref name="stepCitations"/> not null), then the rule that set its date when that is another (a state's filing
    /// limit, the expedited hearing's clock), so the reply links every rule it quotes.
    /// </summary>
    private void CiteFor(List<string> cited, StepDefinition? stepCitations, Deadline? deadline)
    {
        if (stepCitations is not null)
        {
            cited.Clear();
            cited.AddRange(stepCitations.Citations);
        }
        if (deadline is { Citation: { Length: > 0 } rule } && !CitesRuleOf(cited, rule) && citations.Link(rule) is not null)
        {
            cited.Add(rule);
        }
    }

    /// <summary><paramref name="rule"/>, or the section it is part of, is cited already (a loop: a lambda here allocated a closure per step).</summary>
    private static bool CitesRuleOf(List<string> cited, string rule)
    {
        foreach (var citation in cited)
        {
            if (rule.StartsWith(citation, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
