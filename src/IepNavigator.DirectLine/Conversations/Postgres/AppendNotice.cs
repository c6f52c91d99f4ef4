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
/// The NOTIFY payload: <c>instance|kind|sequence|conversationId[|stamp][|document]</c>, the stamp in microseconds since
/// 1970 (UTC). Ids, never content: the document is Data Protection ciphertext, as in the table. An append's notice is
/// written by its SQL statement (<see cref="Prefix"/>, then the sequence, id and stamp the statement assigned); a notice
/// without a stamp (a replacement, or an instance of the previous version) carries a document with its own time.
/// </summary>
public sealed record AppendNotice(string InstanceId, AppendKind Kind, long Sequence, string ConversationId, string? Document, DateTimeOffset? Stamped = null)
{
    public static string Format(string instanceId, string conversationId, long sequence, AppendKind kind, string? document) =>
        Prefix(instanceId, kind) + string.Create(CultureInfo.InvariantCulture, $"|{sequence}|{conversationId}") + (document is null ? "" : "|" + document);

    /// <summary>What comes before the sequence.</summary>
    public static string Prefix(string instanceId, AppendKind kind) => string.Create(CultureInfo.InvariantCulture, $"{instanceId}|{(int)kind}");

    public static AppendNotice? Parse(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var parts = payload.Split('|', 6);
        if (parts.Length < 4
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kind) || !Enum.IsDefined((AppendKind)kind)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return null;
        }

        // Ciphertext is never all digits, so a digits-only fifth field is the stamp.
        if (parts.Length >= 5 && parts[4].Length is > 0 and <= 18 && long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var micros))
        {
            var stamped = DateTimeOffset.UnixEpoch.AddTicks(micros * 10);
            return new AppendNotice(parts[0], (AppendKind)kind, sequence, parts[3], parts.Length == 6 ? parts[5] : null, stamped);
        }

        var document = parts.Length switch { 5 => parts[4], 6 => parts[4] + "|" + parts[5], _ => null };
        return new AppendNotice(parts[0], (AppendKind)kind, sequence, parts[3], document);
    }
}
