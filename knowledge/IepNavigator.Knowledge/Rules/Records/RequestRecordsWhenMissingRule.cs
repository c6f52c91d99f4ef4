namespace IepNavigator.Knowledge.Rules.Records;

/// <summary>
/// The parent says they do not have the full record and has not asked for it. A fallback: quiet when another
/// rule already recommends the records for a sharper reason.
/// </summary>
internal sealed class RequestRecordsWhenMissingRule : Rule
{
    /// <summary>Quiet beside any other reason to ask for the records.</summary>
    private static readonly Func<string, bool> AnyOtherReason = other => other != "missing";

    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasRecords == false, f => f.RecordsRequestedOn == null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestRecords, "missing", Urgency.WhenReady, null)
            {
                GivesWayTo = AnyOtherReason,
            });
    }
}
