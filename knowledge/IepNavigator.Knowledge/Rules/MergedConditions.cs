using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace IepNavigator.Knowledge.Rules;

/// <summary>
/// The rule definitions with each pattern's own conditions (those that read only the matched fact) joined into one, before
/// compiling: NRules makes a selection node per condition, and a retract walks every selection node of the fact's type
/// without testing it, so fewer nodes is less of that walk. Conditions that read another pattern's fact stay as written.
/// </summary>
internal static class MergedConditions
{
    private static readonly string ConditionName =
        Element.Condition(Expression.Lambda(Expression.Constant(true), Expression.Parameter(typeof(object), "x"))).Name;

    public static IEnumerable<IRuleDefinition> Of(IEnumerable<IRuleDefinition> rules) => rules.Select(Merge);

    private static IRuleDefinition Merge(IRuleDefinition rule) =>
        Element.RuleDefinition(rule.Name, rule.Description, rule.Priority, rule.Repeatability, rule.Tags, rule.Properties,
            rule.DependencyGroup, (GroupElement)Merge(rule.LeftHandSide), rule.FilterGroup, rule.RightHandSide);

    private static RuleElement Merge(RuleElement element) => element switch
    {
        PatternElement pattern => Merge(pattern),
        NotElement not => Element.Not(Merge(not.Source)),
        ExistsElement exists => Element.Exists(Merge(exists.Source)),
        GroupElement { ElementType: ElementType.And } and => Element.AndGroup(and.ChildElements.Select(Merge)),
        _ => element,
    };

    private static PatternElement Merge(PatternElement pattern)
    {
        if (pattern.Source is not null)
        {
            return pattern;
        }
        var own = pattern.Expressions
            .Where(e => e.Name == ConditionName && e.Imports.All(d => Equals(d, pattern.Declaration)))
            .ToList();
        if (own.Count < 2)
        {
            return pattern;
        }
        var fact = own[0].Expression.Parameters[0];
        var body = own[0].Expression.Body;
        foreach (var next in own.Skip(1))
        {
            body = Expression.AndAlso(body, new Substitution(next.Expression.Parameters[0], fact).Visit(next.Expression.Body));
        }
        var expressions = new List<NamedExpressionElement> { Element.Condition(Expression.Lambda(body, fact)) };
        expressions.AddRange(pattern.Expressions.Where(e => !own.Contains(e)));
        return Element.Pattern(pattern.Declaration, expressions, null);
    }

    private sealed class Substitution(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
