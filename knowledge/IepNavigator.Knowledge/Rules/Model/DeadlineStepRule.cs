using System.Linq.Expressions;
using NRules.RuleModel;

namespace IepNavigator.Knowledge.Rules.Model;

/// <summary>
/// The shape of a rule that turns one open clock into its step: when the case's clocks have one of <paramref name="kind"/>,
/// recommend <see cref="Recommend"/> for it. A rule of this shape says only its kind and what it recommends; the
/// recommendation stays one expression of constants (step id, reason keys, urgency), as in any other rule.
/// </summary>
internal abstract class DeadlineStepRule(DeadlineKind kind) : Rule
{
    /// <summary>The recommendation for the open deadline: <c>d => new Recommendation(StepIds.X, "reason", Urgency.Y, d)</c>.</summary>
    protected abstract Expression<Func<Deadline, Recommendation>> Recommend { get; }

    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.Of(kind) != null);

        Then()
            .Recommend(OnMatched(() => clocks.Of(kind)!));
    }

    /// <summary><see cref="Recommend"/> with its parameter replaced by the matched deadline, as if written in Then().</summary>
    private Expression<Func<IContext, Recommendation>> OnMatched(Expression<Func<Deadline>> matched)
    {
        var recommend = Recommend;
        var body = new Substitution(recommend.Parameters[0], matched.Body).Visit(recommend.Body);
        return Expression.Lambda<Func<IContext, Recommendation>>(body, Expression.Parameter(typeof(IContext), "ctx"));
    }

    private sealed class Substitution(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : base.VisitParameter(node);
    }
}
