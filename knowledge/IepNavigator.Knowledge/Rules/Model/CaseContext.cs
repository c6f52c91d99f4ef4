namespace IepNavigator.Knowledge.Rules.Model;

/// <summary>
/// The per-call context the rules may read: the date passed in (never a clock), the policy numbers, and whether
/// the family's state has its own timelines in our data.
/// </summary>
internal sealed class CaseContext(DateOnly today, AdvicePolicy policy, bool stateListed = false)
{
    public DateOnly Today { get; } = today;
    public AdvicePolicy Policy { get; } = policy;
    public bool StateListed { get; } = stateListed;

    /// <summary>The same day, policy and state listing: the rules would read nothing different from either.</summary>
    public bool SameAs(CaseContext other) =>
        Today == other.Today && ReferenceEquals(Policy, other.Policy) && StateListed == other.StateListed;

    /// <summary>Whole days from <paramref name="date"/> to today (negative when in the future).</summary>
    public int DaysSince(DateOnly date) => Today.DayNumber - date.DayNumber;
}
