using NRules.RuleModel;
using System.Linq.Expressions;
using IepNavigator.Knowledge.Rules;
using IepNavigator.Knowledge.Rules.Model;

namespace IepNavigator.Knowledge.Tests.Content;

/// <summary>
/// Reads, from each compiled rule definition, the step id and the possible reason keys its Then() can yield
/// (the string constants passed to <see cref="Recommendation"/>), without firing the rule.
/// </summary>
internal static class RuleRecommendationScan
{
    public sealed record Found(string Rule, string StepId, string? ReasonKey);

    public static IReadOnlyList<Found> Recommendations()
    {
        var found = new List<Found>();
        foreach (var rule in CompiledRules.LoadRepository().GetRuleSets().SelectMany(s => s.Rules))
        {
            foreach (var action in rule.RightHandSide.Actions)
            {
                var visitor = new RecommendationVisitor();
                visitor.Visit(action.Expression);
                if (visitor.Calls.Count == 0)
                {
                    throw new InvalidOperationException($"{rule.Name} yields no recommendation that can be read.");
                }

                foreach (var (step, keys) in visitor.Calls)
                {
                    found.AddRange(keys.Select(k => new Found(rule.Name, step, k)));
                }
            }
        }

        return found;
    }

    private sealed class RecommendationVisitor : ExpressionVisitor
    {
        public List<(string Step, List<string> Keys)> Calls { get; } = [];

        protected override Expression VisitNew(NewExpression node)
        {
            if (node.Type == typeof(Recommendation))
            {
                var step = node.Arguments[0] is ConstantExpression { Value: string s } ? s
                    : node.Arguments[0] is MemberExpression { Member: System.Reflection.FieldInfo f } ? (string)f.GetValue(null)!
                    : throw new InvalidOperationException("A rule's step id must be a constant.");
                var keys = new StringConstants();
                keys.Visit(node.Arguments[1]);
                if (keys.Values.Count == 0)
                {
                    throw new InvalidOperationException($"Reason key of {step} must be written as constants in the rule.");
                }

                Calls.Add((step, keys.Values));
            }

            return base.VisitNew(node);
        }
    }

    private sealed class StringConstants : ExpressionVisitor
    {
        public List<string> Values { get; } = [];

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is string s)
            {
                Values.Add(s);
            }

            return base.VisitConstant(node);
        }
    }
}
