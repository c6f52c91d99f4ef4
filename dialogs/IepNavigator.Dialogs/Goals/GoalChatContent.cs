using System.Globalization;
using IepNavigator.Dialogs.Content;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Dialogs.Goals;

/// <summary>What the goal tracker says in the chat and the whole-message phrases that open it (content/goals-chat.json).</summary>
public sealed class GoalChatContent
{
    private readonly Localized<GoalChatDocument> _documents;
    private readonly Dictionary<string, HashSet<string>> _phrases;

    public GoalChatContent()
        : this(DialogContent.Files.ReadLocalized<GoalChatDocument>("goals-chat.json"))
    {
    }

    public GoalChatContent(GoalChatDocument document)
        : this(Localized<GoalChatDocument>.Invariant(document ?? throw new ArgumentNullException(nameof(document))))
    {
    }

    private GoalChatContent(Localized<GoalChatDocument> documents)
    {
        _documents = documents;
        _phrases = PhraseSets.Merge(documents, d => d.Phrases);
    }

    /// <summary>The message in the turn's language (English when a translation lacks it; a test forbids that).</summary>
    public string this[string key] => _documents.Message(d => d.Messages, key, "goals-chat.json");

    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>True when the normalized <paramref name="text"/> is one of the phrases of <paramref name="kind"/> ("check", "progress").</summary>
    public bool Matches(string kind, string text) =>
        _phrases.TryGetValue(kind, out var set) && set.Contains((text ?? "").TrimEnd('?', ' '));
}

public sealed class GoalChatDocument
{
    public Dictionary<string, List<string>> Phrases { get; set; } = [];
    public Dictionary<string, string> Messages { get; set; } = [];
}
