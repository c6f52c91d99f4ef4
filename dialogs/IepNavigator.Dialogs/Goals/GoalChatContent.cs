using System.Globalization;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Goals;

/// <summary>What the goal tracker says in the chat and the whole-message phrases that open it (content/goals-chat.json).</summary>
public sealed class GoalChatContent
{
    private readonly Dictionary<string, string> _messages;
    private readonly Dictionary<string, HashSet<string>> _phrases;

    public GoalChatContent()
        : this(ContentFile.Read<GoalChatDocument>("goals-chat.json"))
    {
    }

    public GoalChatContent(GoalChatDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _messages = new Dictionary<string, string>(document.Messages, StringComparer.Ordinal);
        _phrases = document.Phrases.ToDictionary(
            p => p.Key,
            p => p.Value.Select(TextNormalizer.Normalize).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public string this[string key] =>
        _messages.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No message '{key}' in goals-chat.json.");

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
