using Microsoft.Bot.Schema;

namespace IepNavigator.DirectLine.Conversations;

/// <summary>A conversation the channel knows, and the user id its tokens are bound to.</summary>
public sealed record ConversationInfo(string ConversationId, string UserId, DateTimeOffset CreatedAt);

/// <summary>An activity after the log stamped it. <see cref="Sequence"/> is its watermark;
/// transient activities (typing) get an id and a sequence number but are not stored.
/// <see cref="Replacement"/> marks an update of an activity already delivered.</summary>
public sealed record LoggedActivity(Activity Activity, long Sequence, bool Stored, bool Replacement = false, bool FromOtherInstance = false);

/// <summary>Activities after a watermark, and the watermark to ask with next (a string, as Direct Line sends it).</summary>
public sealed record ActivityPage(IReadOnlyList<Activity> Activities, long Watermark);

/// <summary>
/// The Direct Line conversation log: ids <c>{conversationId}|0000001</c>, server UTC timestamps that never
/// decrease, and watermarks. Behind an interface so it can move from memory to the database.
/// Returned activities are shared: callers serialise them and must not mutate them.
/// </summary>
public interface IConversationLog
{
    /// <summary>Returns the conversation, creating it bound to <paramref name="userId"/> when absent.</summary>
    Task<(ConversationInfo Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId, CancellationToken cancellationToken);

    Task<ConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Stamps <c>id</c> and <c>timestamp</c> on a copy of <paramref name="activity"/>, stores it
    /// unless <paramref name="store"/> is false (typing), and returns the copy.</summary>
    Task<LoggedActivity> AppendAsync(string conversationId, Activity activity, bool store, CancellationToken cancellationToken);

    /// <summary>Stored activities with a sequence above <paramref name="watermark"/> (null = all), oldest first.</summary>
    Task<ActivityPage> ReadAfterAsync(string conversationId, long? watermark, CancellationToken cancellationToken);

    /// <summary>Replaces the stored activity with the same id, keeping its timestamp; false when unknown.</summary>
    Task<LoggedActivity?> ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>"Delete my data": removes the stored activities stamped at or before <paramref name="upTo"/> (the parent's
    /// confirming message) in every conversation bound to <paramref name="userId"/>, so the bot's answer to that message
    /// stays readable. The conversations themselves (ids, user id, sequence counter; no content) stay, so an open chat goes
    /// on with watermarks that still only grow; retention removes them once idle. Returns the conversation ids.</summary>
    Task<IReadOnlyList<string>> EraseUserAsync(string userId, DateTimeOffset upTo, CancellationToken cancellationToken);

    /// <summary>Removes one conversation and all its activities; false when unknown.</summary>
    Task<bool> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Retention: removes the conversations (and their activities) with no activity since <paramref name="cutoff"/>;
    /// returns how many.</summary>
    Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
