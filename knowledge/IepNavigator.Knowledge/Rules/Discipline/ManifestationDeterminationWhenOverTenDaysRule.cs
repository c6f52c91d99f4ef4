using IepNavigator.Knowledge.Steps;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using NRules.Fluent.Dsl;

namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>More than 10 school days of removal this year (34 CFR 300.530(e), 300.536).</summary>
internal sealed class ManifestationDeterminationWhenOverTenDaysRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.DaysRemovedThisYear != null)
            .Match(() => context, c => facts.DaysRemovedThisYear > c.Policy.RemovalDaysLimit);

        Then()
            .Yield(_ => new Recommendation(StepIds.ManifestationDetermination, "days-over-ten", Urgency.Now, null));
    }
}
