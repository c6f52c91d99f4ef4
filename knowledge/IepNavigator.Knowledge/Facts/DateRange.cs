namespace IepNavigator.Knowledge.Facts;

/// <summary>A span of days, both ends included (a school break: "from": "2026-12-21", "to": "2027-01-01").</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
