namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>The IEP's services are not delivered: the team must meet about providing and making them up.</summary>
internal sealed class RequestIepMeetingWhenServicesMissingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasAnIep(), f => f.ServicesDelivered == false)
            // A meeting already set soon is where this goes (WriteParentConcernsWhenServicesMissingAndMeetingSetRule).
            .Match(() => context, c => !facts.MeetingSetWithin(c.Today, c.Policy.SetMeetingCoversRequestDays));

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestIepMeeting, "services-missing", Urgency.Soon, null));
    }
}
