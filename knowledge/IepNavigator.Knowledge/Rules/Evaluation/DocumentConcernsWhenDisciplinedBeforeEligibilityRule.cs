using IepNavigator.Knowledge.Steps;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using NRules.Fluent.Dsl;

namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>
/// A child without an IEP facing discipline: a written concern is what shows the school "knew" (34 CFR 300.534).
/// </summary>
internal sealed class DocumentConcernsWhenDisciplinedBeforeEligibilityRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.Discipline, f => !f.HasIep(), f => f.ConcernsDocumented != true);

        Then()
            .Yield(_ => new Recommendation(StepIds.DocumentConcerns, "behavior-knowledge", Urgency.Now, null));
    }
}
