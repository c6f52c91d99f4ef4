using System.Linq.Expressions;
using System.Reflection;
using IepNavigator.Knowledge.Deadlines;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace IepNavigator.Knowledge.Rules.Model;

/// <summary>
/// <c>Then().Recommend(_ => new Recommendation(...))</c>: written like NRules' <c>Yield</c>, but the recommendation goes
/// to the session's <see cref="RecommendationCollector"/> instead of into the network as a linked fact. The
/// recommendation stays one expression of constants in the rule (the content tests read its step and reason keys).
/// </summary>
internal static class RecommendExpression
{
    private static readonly MethodInfo AddToCollector =
        typeof(RecommendExpression).GetMethod(nameof(AddTo), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IRightHandSideExpression Recommend(this IRightHandSideExpression then, Expression<Func<IContext, Recommendation>> recommendation)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(recommendation);
        var context = recommendation.Parameters[0];
        return then.Do(Expression.Lambda<Action<IContext>>(Expression.Call(AddToCollector, context, recommendation.Body), context));
    }

    /// <summary>
    /// <c>Then().RecommendEach(() => clocks.Missed, deadline => new Recommendation(...))</c>: one recommendation per item, in
    /// the list's order, from one firing (a rule matching the one <see cref="CaseClocks"/> fact that says something per clock).
    /// </summary>
    public static IRightHandSideExpression RecommendEach(this IRightHandSideExpression then,
        Expression<Func<IReadOnlyList<Deadline>>> items, Expression<Func<Deadline, Recommendation>> recommendation)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(recommendation);
        var context = Expression.Parameter(typeof(IContext), "ctx");
        // The recommendation stays a lambda inside the action, so the content tests read its constants as in any rule.
        return then.Do(Expression.Lambda<Action<IContext>>(Expression.Call(AddEachToCollector, context, items.Body, recommendation), context));
    }

    private static readonly MethodInfo AddEachToCollector =
        typeof(RecommendExpression).GetMethod(nameof(AddEachTo), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void AddEachTo(IContext context, IReadOnlyList<Deadline> items, Func<Deadline, Recommendation> recommendation)
    {
        var collector = (RecommendationCollector)context.Resolve(typeof(RecommendationCollector));
        for (var i = 0; i < items.Count; i++)
        {
            collector.Add(recommendation(items[i]));
        }
    }

    private static void AddTo(IContext context, Recommendation recommendation) =>
        ((RecommendationCollector)context.Resolve(typeof(RecommendationCollector))).Add(recommendation);
}
