using NRules.Extensibility;
using NRules.RuleModel;

namespace IepNavigator.Knowledge.Rules.Model;

/// <summary>
/// Where a session's rules put their recommendations during one call (<c>Then().Recommend(...)</c>), in firing order. No
/// rule reads another's recommendation, so they are not facts: a linked fact (<c>Yield</c>) cost an insert into the network,
/// a walk of it and a retract per matched rule. The session's dependency resolver hands this collector to the rules.
/// </summary>
internal sealed class RecommendationCollector : IDependencyResolver
{
    private readonly List<Recommendation> fired = [];

    /// <summary>Adds one rule's recommendation (the action <see cref="RecommendExpression.Recommend"/> writes).</summary>
    public void Add(Recommendation recommendation) => fired.Add(recommendation);

    /// <summary>
    /// What the rules recommend, in firing order, without the fallbacks that give way: a recommendation with
    /// <see cref="Recommendation.GivesWayTo"/> is left out when another of its step has a reason it gives way to (a
    /// fallback that gave way itself still counts: the rules' fallbacks give way in a chain, "always" to any other
    /// reason, "dispute" to "discipline-emergency"). Then empty for the next call.
    /// </summary>
    public List<Recommendation> Recommended()
    {
        var recommended = new List<Recommendation>(fired.Count);
        foreach (var recommendation in fired)
        {
            if (recommendation.GivesWayTo is not { } givesWayTo || !SharperReasonFired(recommendation, givesWayTo))
            {
                recommended.Add(recommendation);
            }
        }
        fired.Clear();
        return recommended;
    }

    /// <summary>Forgets what a call that failed had collected.</summary>
    public void Clear() => fired.Clear();

    private bool SharperReasonFired(Recommendation fallback, Func<string, bool> givesWayTo)
    {
        foreach (var other in fired)
        {
            if (!ReferenceEquals(other, fallback)
                && string.Equals(other.StepId, fallback.StepId, StringComparison.Ordinal)
                && givesWayTo(other.ReasonKey))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The rules ask for nothing else; anything else is a rule written wrong.</summary>
    object IDependencyResolver.Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(RecommendationCollector) ? this
        : throw new InvalidOperationException($"Rules resolve only the recommendation collector, not {serviceType}.");
}
