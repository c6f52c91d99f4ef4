using IepNavigator.Goals.Progress;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// One goal of a case as the tracker keeps it: the text as checked, whether it is measurable, the numbers for the
/// aim line (read from the goal or asked), and the data points the parent logged. Stored with the parent's document (State/).
/// </summary>
public sealed class TrackedGoal
{
    /// <summary>The longest goal text kept: enough to recognise it, no more of the parent's paste than needed.</summary>
    public const int MaxTextLength = 600;

    public int Number { get; set; }
    public string Text { get; set; } = "";
    /// <summary>What the child will do, in the goal's words (<see cref="IepNavigator.Goals.Checking.CheckedGoal.Title"/>): the goal's name in lists and on its chart.</summary>
    public string Title { get; set; } = "";
    public bool Measurable { get; set; }
    /// <summary>
    /// False for a goal not written in English: the checker does not judge it, so it counts neither way in
    /// <c>goalsMeasurable</c>. Stored goals from before this field were judged.
    /// </summary>
    public bool Judged { get; set; } = true;
    /// <summary>
    /// False for the parent's own rewrite of a goal: kept and tracked beside the school's goals, but the case's
    /// <c>goalsMeasurable</c> is about the goals the school wrote. Stored goals from before this field are the school's.
    /// </summary>
    public bool FromSchool { get; set; } = true;
    public string? Unit { get; set; }
    public double? BaselineValue { get; set; }
    public DateOnly? BaselineDate { get; set; }
    public double? TargetValue { get; set; }
    public DateOnly? EndDate { get; set; }
    public ProgressDirection Direction { get; set; }
    public List<LoggedPoint> Points { get; set; } = [];

    /// <summary>The goal as the judge needs it, once every number is known and consistent; null otherwise.</summary>
    public GoalProgress? ToProgress()
    {
        if (Unit is null || BaselineValue is not { } from || BaselineDate is not { } start || TargetValue is not { } to || EndDate is not { } end)
        {
            return null;
        }
        var goal = new GoalProgress("goal-" + Number, Unit, from, start, to, end, Direction);
        try
        {
            goal.Validate();
            return goal;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The goal's name for a list or a chart: its title, else the start of its text.</summary>
    public string Name(int length = 80)
    {
        var name = Title.Length > 0 ? Title : string.Join(' ', Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length <= length)
        {
            return name;
        }
        // Cut between words ("with peers…", never "with p…"); one long word is cut where it must be.
        var cut = name[..(length - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > length / 2 ? cut[..space] : cut).TrimEnd(' ', ',', ';', ':') + "…";
    }

    public IReadOnlyList<DataPoint> DataPoints() => [.. Points.Select(p => new DataPoint(p.Date, p.Value, p.Source))];
}

/// <summary>One measurement the parent logged.</summary>
public sealed class LoggedPoint
{
    public DateOnly Date { get; set; }
    public double Value { get; set; }
    public DataSource Source { get; set; }
}

/// <summary>The goals of one case (one child).</summary>
public sealed class CaseGoals
{
    public List<TrackedGoal> Goals { get; set; } = [];

    public TrackedGoal? Find(int number) => Goals.FirstOrDefault(g => g.Number == number);

    /// <summary>The number the next goal kept gets: goal numbers stay put as goals are added.</summary>
    public int NextNumber => Goals.Count == 0 ? 1 : Goals.Max(g => g.Number) + 1;

    /// <summary>
    /// True when some judged school goal is kept and every one is measurable; null with none (a rewrite alone says
    /// nothing of the IEP, nor does a goal the checker could not read).
    /// </summary>
    public bool? SchoolGoalsMeasurable =>
        JudgedSchoolGoals.Any() ? JudgedSchoolGoals.All(g => g.Measurable) : null;

    /// <summary>The school's goals the checker judged (written in English).</summary>
    public IEnumerable<TrackedGoal> JudgedSchoolGoals => Goals.Where(g => g.FromSchool && g.Judged);
}

/// <summary>All the parent's tracked goals, by case id (the user document's "goalBook"; "delete my data" removes it with the rest).</summary>
public sealed class GoalBook
{
    public Dictionary<string, CaseGoals> Cases { get; set; } = [];

    public CaseGoals For(string caseId)
    {
        if (!Cases.TryGetValue(caseId, out var goals))
        {
            goals = new CaseGoals();
            Cases[caseId] = goals;
        }
        return goals;
    }
}
