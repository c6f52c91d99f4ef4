namespace IepNavigator.Knowledge.Rules.Progress;

/// <summary>An IEP and the parent cannot tell whether the child is progressing: the data behind the goals shows it.</summary>
internal sealed class RequestProgressDataWhenProgressUnclearRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.MakingProgress == null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestProgressData, "progress-unclear", Urgency.WhenReady, null));
    }
}
