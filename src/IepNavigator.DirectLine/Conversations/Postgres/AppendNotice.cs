using System.Globalization;

namespace IepNavigator.DirectLine.Conversations.Postgres;

/// <summary>What an append announces on the NOTIFY channel.</summary>
public enum AppendKind
{
    /// <summary>A stored activity: read it from the log by its sequence.</summary>
    Stored,

    /// <summary>Typing: not stored, so its (encrypted) document travels in the notice when it fits.</summary>
    Transient,

    /// <summary>An update of an activity already delivered.</summary>
    Replaced,
}

/// <summary>
/// The NOTIFY payload: <c>instance|kind|sequence|conversationId[|document]</c>. Ids, never content: the document of
/// a transient activity is Data Protection ciphertext, as in the table.
/// </summary>
public sealed record AppendNotice(string InstanceId, AppendKind Kind, long Sequence, string ConversationId, string? Document)
{
    public static string Format(string instanceId, string conversationId, long sequence, AppendKind kind, string? document) =>
        string.Create(CultureInfo.InvariantCulture, $"{instanceId}|{(int)kind}|{sequence}|{conversationId}") + (document is null ? "" : "|" + document);

    public static AppendNotice? Parse(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var parts = payload.Split('|', 5);
        return parts.Length >= 4
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kind) && Enum.IsDefined((AppendKind)kind)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? new AppendNotice(parts[0], (AppendKind)kind, sequence, parts[3], parts.Length == 5 ? parts[4] : null)
            : null;
    }
}
