namespace IepNavigator.Dialogs.Triage;

/// <summary>Ids of the hand-off's dialogs.</summary>
public static class TriageFlowIds
{
    public const string Triage = "flow.triage";
    public const string Withdraw = "flow.triage.withdraw";
    public const string ContactPrompt = "prompt.triage.contact";
    public const string DetailPrompt = "prompt.triage.detail";
}
