namespace IepNavigator.Goals.Checking;

/// <summary>The parts of a measurable goal, in the order a goal is usually read.</summary>
public enum GoalPart
{
    /// <summary>Where the child is now (from the present levels), as a number.</summary>
    Baseline,
    /// <summary>What the child will do that someone can see or count.</summary>
    Skill,
    /// <summary>Under what circumstances: materials, setting, help.</summary>
    Condition,
    /// <summary>The target level: how well or how much counts as meeting the goal.</summary>
    Criterion,
    /// <summary>How progress is measured: probes, records, charts, rubrics.</summary>
    Measurement,
    /// <summary>By when.</summary>
    Timeframe,
}

/// <summary>Whether a pasted item is an annual goal or a short-term objective / benchmark under one.</summary>
public enum GoalKind
{
    AnnualGoal,
    Objective,
}
