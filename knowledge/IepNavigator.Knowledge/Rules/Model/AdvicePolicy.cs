namespace IepNavigator.Knowledge.Rules.Model;

/// <summary>
/// Advocate-practice thresholds (content/policy.json), not legal deadlines: when to nudge a parent.
/// </summary>
internal sealed record AdvicePolicy
{
    /// <summary>Days after an IEE request with no answer before a follow-up is suggested.</summary>
    public int IeeFollowUpAfterDays { get; init; }
    /// <summary>Days before a three-year reevaluation falls due when a request is suggested.</summary>
    public int ReevaluationNoticeDays { get; init; }
    /// <summary>Days before the annual review falls due when a meeting request is suggested.</summary>
    public int AnnualReviewNoticeDays { get; init; }
    /// <summary>A meeting this close (days) makes preparing for it urgent.</summary>
    public int MeetingSoonDays { get; init; }
    /// <summary>
    /// An IEP meeting already set within this many days is where a new IEP problem goes: the parent prepares for it
    /// instead of asking for another meeting. A later one still leaves asking for an earlier meeting as the advice.
    /// </summary>
    public int SetMeetingCoversRequestDays { get; init; }
    /// <summary>Age at which transition planning is suggested.</summary>
    public int TransitionPlanningAge { get; init; }
    /// <summary>Age from which transition planning is required in the IEP.</summary>
    public int TransitionRequiredAge { get; init; }
    /// <summary>School days of removal in a year after which a manifestation review is due.</summary>
    public int RemovalDaysLimit { get; init; }
    /// <summary>Days after the last full evaluation before a parent-requested reevaluation is allowed without agreement.</summary>
    public int ReevaluationMinimumDays { get; init; }
}
