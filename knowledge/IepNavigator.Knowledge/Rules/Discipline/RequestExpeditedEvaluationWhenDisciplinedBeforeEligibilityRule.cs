namespace IepNavigator.Knowledge.Rules.Discipline;

/// <summary>
/// Discipline of a child with no IEP (said, or not known): an evaluation requested during the removal must be
/// expedited (34 CFR 300.534(d)(2)); one requested before the behavior already gives the school knowledge (300.534(b)(2)).
/// </summary>
internal sealed class RequestExpeditedEvaluationWhenDisciplinedBeforeEligibilityRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.Discipline, f => !f.HasAnIep(), f => !f.EvaluationDone());

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestExpeditedEvaluation,
                facts.EvaluationRequestedOn != null ? "requested-during-removal" : facts.HasIep == false ? "not-requested" : "iep-unknown",
                // Said to have no IEP: an emergency; not known: the chat asks first (hasIep), so soon.
                facts.HasIep == false ? Urgency.Now : Urgency.Soon, null));
    }
}
