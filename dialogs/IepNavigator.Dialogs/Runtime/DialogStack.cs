namespace IepNavigator.Dialogs.Runtime;

/// <summary>The whole per-conversation dialog state, stored under one ConversationState property.</summary>
public sealed class DialogStack
{
    /// <summary>Bottom first; the active dialog is the last frame.</summary>
    public List<DialogFrame> Frames { get; set; } = [];
}
