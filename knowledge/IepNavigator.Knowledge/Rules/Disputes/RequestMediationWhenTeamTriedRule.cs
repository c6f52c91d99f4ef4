namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>A disagreement already raised with the team in writing: mediation or a facilitated meeting next (34 CFR 300.506).</summary>
internal sealed class RequestMediationWhenTeamTriedRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.Disagreement || f.DisagreesWithEvaluation == true,
                f => f.TriedResolvingWithTeam == true);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestFacilitatedMeetingOrMediation, "tried-team", Urgency.Soon, null));
    }
}
