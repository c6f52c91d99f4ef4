namespace IepNavigator.Dialogs.Goals;

/// <summary>Ids of the goal tracker's dialogs and prompt.</summary>
public static class GoalFlowIds
{
    public const string Check = "goals.check";
    public const string Progress = "goals.progress";
    public const string Verdict = "goals.verdict";
    public const string ValuePrompt = "goals.prompt.value";

    /// <summary>
    /// True when the open question is one of the goal check's or the progress log's: the answer is a goal's wording or
    /// a measurement ("he was reading 30 in september"), not what the parent worries about.
    /// </summary>
    public static bool AsksAboutAGoal(Runtime.DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Stack.Frames.Any(f => f.Id is Check or Progress);
    }
}

/// <summary>How the goal check starts: with goals already pasted, or by asking for them.</summary>
public sealed class GoalCheckOptions
{
    public string? Text { get; set; }
}

/// <summary>Which goal to log points for (0: ask when there are several).</summary>
public sealed class ProgressLogOptions
{
    public int GoalNumber { get; set; }

    /// <summary>"How is she doing?": show the verdicts first when there is data, instead of asking for a point.</summary>
    public bool ShowVerdictFirst { get; set; }
}
