namespace IepNavigator.Dialogs.Runtime;

/// <summary>Ids of the runtime's own dialogs (flows keep theirs beside them).</summary>
public static class DialogIds
{
    public const string TextPrompt = "prompt.text";
    public const string ChoicePrompt = "prompt.choice";
    public const string ConfirmPrompt = "prompt.confirm";
    public const string DatePrompt = "prompt.date";
    public const string NumberPrompt = "prompt.number";
}
