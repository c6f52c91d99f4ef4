using System.Linq.Expressions;
using System.Reflection;
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

    private static void AddTo(IContext context, Recommendation recommendation) =>
        ((RecommendationCollector)context.Resolve(typeof(RecommendationCollector))).Add(recommendation);
}
