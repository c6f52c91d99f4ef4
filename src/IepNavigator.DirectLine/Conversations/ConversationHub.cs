using Microsoft.Bot.Schema;

namespace IepNavigator.DirectLine.Conversations;

/// <summary>
/// Appends to the log and pushes to live sockets as one step per conversation, so sockets see
/// activities in watermark order.
/// </summary>
public sealed class ConversationHub(IConversationLog log, ConversationFeed feed, TimeProvider? clock = null) : IDisposable
{
    private readonly StripedGate _gate = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public IConversationLog Log { get; } = log;

    public ConversationFeed Feed { get; } = feed;

    /// <summary>Stamps and records an activity; typing is stamped but only pushed to live sockets.</summary>
    public async Task<LoggedActivity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var store = activity.Type != ActivityTypes.Typing;
        using (await _gate.EnterAsync(conversationId, cancellationToken).ConfigureAwait(false))
        {
            var started = _clock.GetTimestamp();
            var logged = await Log.AppendAsync(conversationId, activity, store, cancellationToken).ConfigureAwait(false);
            DirectLineMetrics.Appended(_clock.GetElapsedTime(started));
            Feed.Publish(conversationId, logged);
            return logged;
        }
    }

    public async Task<LoggedActivity?> ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        using (await _gate.EnterAsync(conversationId, cancellationToken).ConfigureAwait(false))
        {
            var logged = await Log.ReplaceAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
            if (logged is not null)
            {
                Feed.Publish(conversationId, logged);
            }

            return logged;
        }
    }

    public void Dispose() => _gate.Dispose();
}
