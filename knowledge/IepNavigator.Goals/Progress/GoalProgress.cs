namespace IepNavigator.Goals.Progress;

/// <summary>Whether a rising number is good (words per minute) or a falling one (behaviour incidents).</summary>
public enum ProgressDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>Where a data point comes from; a parent's own observation counts, and says so.</summary>
public enum DataSource
{
    ProgressReport,
    WorkSample,
    ParentObservation,
}

/// <summary>
/// What the tracker needs to know about one goal: from the baseline (value and date) to the target by the
/// goal's end date, in a unit ("wcpm", "incidents per week"). The aim line joins the two.
/// </summary>
public sealed record GoalProgress(
    string GoalId,
    string Unit,
    double BaselineValue,
    DateOnly BaselineDate,
    double TargetValue,
    DateOnly EndDate,
    ProgressDirection Direction = ProgressDirection.HigherIsBetter)
{
    /// <summary>The goal's name on its chart ("Goal 1: read aloud at 90 words correct per minute"); none names the child.</summary>
    public string? Title { get; init; }

    /// <summary>Where the aim line is on <paramref name="date"/> (held at the baseline before it and the target after the end).</summary>
    public double AimAt(DateOnly date)
    {
        if (date <= BaselineDate)
        {
            return BaselineValue;
        }
        if (date >= EndDate)
        {
            return TargetValue;
        }
        return BaselineValue + (TargetValue - BaselineValue) * (date.DayNumber - BaselineDate.DayNumber) / (EndDate.DayNumber - BaselineDate.DayNumber);
    }

    /// <summary>The aim line's change per week (negative for a lower-is-better goal).</summary>
    public double AimPerWeek => (TargetValue - BaselineValue) * 7.0 / (EndDate.DayNumber - BaselineDate.DayNumber);

    /// <summary>Throws when the goal cannot be judged: the end before the baseline, or a target on the wrong side of the baseline.</summary>
    public void Validate()
    {
        if (EndDate <= BaselineDate)
        {
            throw new ArgumentException($"The goal's end date {EndDate:yyyy-MM-dd} must come after its baseline date {BaselineDate:yyyy-MM-dd}.", nameof(EndDate));
        }
        bool rising = TargetValue > BaselineValue;
        if (TargetValue == BaselineValue || rising != (Direction == ProgressDirection.HigherIsBetter))
        {
            throw new ArgumentException($"A {Direction} goal needs a target on the better side of its baseline.", nameof(TargetValue));
        }
    }
}

/// <summary>One recorded measurement of a goal.</summary>
public sealed record DataPoint(DateOnly Date, double Value, DataSource Source, string? Note = null);
