namespace IepNavigator.Knowledge.Rules.Records;

/// <summary>An IEP meeting is ahead and the parent does not have the records, nor asked for them (34 CFR 300.613(a)).</summary>
internal sealed class RequestRecordsBeforeMeetingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.HasRecords != true, f => f.RecordsRequestedOn == null)
            .Match(() => context, c => facts.MeetingAhead(c.Today));

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestRecords, "before-meeting",
                context.DaysSince(facts.IepMeetingOn!.Value) >= -context.Policy.MeetingSoonDays ? Urgency.Now : Urgency.Soon, null));
    }
}
