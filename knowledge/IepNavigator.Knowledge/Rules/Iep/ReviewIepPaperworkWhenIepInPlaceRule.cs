namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The child has an IEP: check it against the contents the law requires (34 CFR 300.320).</summary>
internal sealed class ReviewIepPaperworkWhenIepInPlaceRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasAnIep());

        Then()
            .Recommend(_ => new Recommendation(StepIds.ReviewIepPaperwork, "iep-in-place", Urgency.WhenReady, null));
    }
}
