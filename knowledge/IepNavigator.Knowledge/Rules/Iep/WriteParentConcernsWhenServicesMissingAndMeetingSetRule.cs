namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The IEP's services are not delivered and an IEP meeting is set soon: ask there how they will be provided and made up (34 CFR 300.323(c)).</summary>
internal sealed class WriteParentConcernsWhenServicesMissingAndMeetingSetRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.ServicesDelivered == false)
            .Match(() => context, c => facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.WriteParentConcerns, "services-missing-at-meeting", Urgency.Soon, null));
    }
}
