using System.Collections.Concurrent;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using NRules;
using NRules.Fluent;

namespace IepNavigator.Knowledge.Tests.Rules;

/// <summary>
/// Fires one rule class alone over the facts, with the same context and computed deadlines the advisor inserts,
/// so a rule test shows what that rule (and only it) recommends.
/// </summary>
internal static class RuleHarness
{
    public static readonly DateOnly Today = AdvisorFixture.Today;

    private static readonly ConcurrentDictionary<Type, ISessionFactory> Factories = new();
    private static readonly DeadlineCalculator Deadlines = new(
        KnowledgeContent.Default.Timelines, KnowledgeContent.Default.Calendar, new DeadlineRuleWriter(KnowledgeContent.Default.Phrases));

    public static IReadOnlyList<Recommendation> Fire<TRule>(CaseFacts facts, DateOnly? today = null)
    {
        var factory = Factories.GetOrAdd(typeof(TRule), static type =>
        {
            var repository = new RuleRepository();
            repository.Load(spec => spec.From(type).PrivateTypes(true));
            return repository.Compile();
        });
        var day = today ?? Today;
        var session = factory.CreateSession();
        var collector = new RecommendationCollector();
        session.DependencyResolver = collector;
        session.Insert(facts);
        session.Insert(new CaseContext(day, KnowledgeContent.Default.Policy, KnowledgeContent.Default.Timelines.Find(facts.State) is not null));
        var deadlines = Deadlines.Compute(facts, day);
        if (deadlines.Count > 0)
        {
            session.Insert(new CaseClocks(deadlines));
        }

        session.Fire();
        return collector.Recommended();
    }

    /// <summary>The "step:reason" pairs the rule yielded.</summary>
    public static IReadOnlyList<string> Yields<TRule>(CaseFacts facts, DateOnly? today = null) =>
        Fire<TRule>(facts, today).Select(r => $"{r.StepId}:{r.ReasonKey}").ToList();
}
