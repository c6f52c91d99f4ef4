namespace IepNavigator.Dialogs.Flows;

/// <summary>Ids of the conversation's dialogs.</summary>
public static class FlowIds
{
    public const string Main = "flow.main";
    public const string FactQuestions = "flow.fact-questions";
    public const string Advice = "flow.advice";
    public const string Review = "flow.review";
    public const string Children = "flow.children";
    public const string DeleteData = "flow.delete-data";
    public const string StagePrompt = "flow.stage-prompt";

    /// <summary>The letters flow, when one is registered: "Draft the letter" hands over to it with <see cref="LetterOptions"/>.</summary>
    public const string Letter = "flow.letter";
}

/// <summary>How the main flow starts: from the parent's words, or straight on with the active case.</summary>
public sealed class MainOptions
{
    public bool ContinueActiveCase { get; set; }
}

/// <summary>How many questions to ask before advising again.</summary>
public sealed class FactQuestionsOptions
{
    public int MaxQuestions { get; set; }
}

/// <summary>Children dialog: go straight to adding a child instead of choosing one.</summary>
public sealed class ChildrenOptions
{
    public bool Add { get; set; }
}

/// <summary>
/// What the letters flow drafts ("Draft the letter", the goal tracker, a follow-up of an overdue letter), and what it
/// ends with, so the dialog underneath knows a letter was handled and waits instead of repeating itself.
/// </summary>
public sealed class LetterOptions
{
    public string LetterId { get; set; } = "";

    /// <summary>The advice step the letter does (empty when none: a follow-up).</summary>
    public string StepId { get; set; } = "";

    /// <summary>The ledger entry a follow-up letter follows; its dates fill some of the letter's fields.</summary>
    public string? FollowsEntryId { get; set; }
}
