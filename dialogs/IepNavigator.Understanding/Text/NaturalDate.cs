namespace IepNavigator.Understanding.Text;

/// <summary>Which way a year-less date ("Sept 3", "Monday") should be read from today.</summary>
public enum DateDirection
{
    /// <summary>Something that already happened: the most recent such date on or before today.</summary>
    Past,
    /// <summary>Something scheduled: the next such date on or after today.</summary>
    Future,
}

/// <summary>A date read from natural text; <see cref="Approximate"/> for "about 3 weeks ago", "early October"...</summary>
public sealed record NaturalDate(DateOnly Date, bool Approximate, bool ExplicitYear)
{
    /// <summary>The text named the day ("October 14", "10/14", "yesterday"), even if hedged ("Oct 14 I think"); not "in October", "3 weeks ago".</summary>
    public bool DayGiven { get; init; }
}
