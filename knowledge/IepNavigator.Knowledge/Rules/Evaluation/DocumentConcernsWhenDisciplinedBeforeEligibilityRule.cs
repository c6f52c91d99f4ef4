namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>
/// A child without an IEP (said, or not known) facing discipline: the school "knew" of a possible disability only from
/// a written concern, an evaluation request or staff concerns raised before the behavior (34 CFR 300.534(b)); a log
/// written now counts only for what happens after it.
/// </summary>
internal sealed class DocumentConcernsWhenDisciplinedBeforeEligibilityRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.Discipline, f => !f.HasAnIep(), f => f.ConcernsDocumented != true);

        Then()
            .Recommend(_ => new Recommendation(StepIds.DocumentConcerns,
                facts.HasIep == false ? "discipline-not-eligible" : "discipline-iep-unknown",
                facts.HasIep == false ? Urgency.Now : Urgency.Soon, null));
    }
}
