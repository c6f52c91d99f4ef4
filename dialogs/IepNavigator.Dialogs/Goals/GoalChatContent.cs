namespace IepNavigator.Dialogs.Goals;

/// <summary>What the goal tracker says in the chat and the whole-message phrases that open it (content/goals-chat.json).</summary>
public sealed class GoalChatContent : ChatContent<GoalChatDocument>
{
    private const string File = "goals-chat.json";

    public GoalChatContent()
        : base(File, d => d.Messages, d => d.Phrases)
    {
    }

    public GoalChatContent(GoalChatDocument document)
        : base(document, File, d => d.Messages, d => d.Phrases)
    {
    }

    /// <summary>True when the normalized <paramref name="text"/> is one of the phrases of <paramref name="kind"/> ("check", "progress").</summary>
    public bool Matches(string kind, string text) => IsPhrase(kind, (text ?? "").TrimEnd('?', ' '));
}

public sealed class GoalChatDocument
{
    public Dictionary<string, List<string>> Phrases { get; set; } = [];
    public Dictionary<string, string> Messages { get; set; } = [];
}
