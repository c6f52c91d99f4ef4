using System.Collections.Concurrent;
using System.Threading.Channels;

namespace IepNavigator.DirectLine.Conversations;

/// <summary>
/// Live delivery to open WebSockets in this process: every appended activity (typing included) is
/// offered to each subscriber of its conversation. Nothing is kept for absent subscribers; the log is
/// the record, this is only the push.
/// </summary>
public sealed class ConversationFeed
{
    private readonly ConcurrentDictionary<string, Subscribers> _subscribers = new(StringComparer.Ordinal);

    public FeedSubscription Subscribe(string conversationId)
    {
        var channel = Channel.CreateUnbounded<LoggedActivity>(new UnboundedChannelOptions { SingleReader = true });
        while (true)
        {
            var list = _subscribers.GetOrAdd(conversationId, _ => new Subscribers());
            lock (list)
            {
                // A list emptied and removed by the last unsubscribe is dead; take the fresh one instead.
                if (list.Removed)
                {
                    continue;
                }

                list.Add(channel);
            }

            return new FeedSubscription(channel.Reader, () => Unsubscribe(conversationId, list, channel));
        }
    }

    /// <summary>How many live subscribers a conversation has (typing is dropped when none).</summary>
    public int SubscriberCount(string conversationId)
    {
        if (!_subscribers.TryGetValue(conversationId, out var list))
        {
            return 0;
        }

        lock (list)
        {
            return list.Count;
        }
    }

    private void Unsubscribe(string conversationId, Subscribers list, Channel<LoggedActivity> channel)
    {
        lock (list)
        {
            list.Remove(channel);
            if (list.Count == 0)
            {
                list.Removed = true;
                _subscribers.TryRemove(new KeyValuePair<string, Subscribers>(conversationId, list));
            }
        }

        channel.Writer.TryComplete();
    }

    /// <summary>Ends every live subscription: each socket closes, its client reconnects and replays from its watermark.</summary>
    public void DisconnectAll()
    {
        foreach (var list in _subscribers.Values)
        {
            lock (list)
            {
                foreach (var channel in list)
                {
                    channel.Writer.TryComplete();
                }
            }
        }
    }

    public void Publish(string conversationId, LoggedActivity activity)
    {
        if (!_subscribers.TryGetValue(conversationId, out var list))
        {
            return;
        }

        lock (list)
        {
            foreach (var channel in list)
            {
                channel.Writer.TryWrite(activity);
            }
        }
    }
}

/// <summary>One conversation's open sockets; removed from the map when the last one leaves.</summary>
internal sealed class Subscribers : List<Channel<LoggedActivity>>
{
    public bool Removed { get; set; }
}

/// <summary>A live subscription; dispose to stop receiving.</summary>
public sealed class FeedSubscription(ChannelReader<LoggedActivity> reader, Action unsubscribe) : IDisposable
{
    private int _disposed;

    public ChannelReader<LoggedActivity> Reader { get; } = reader;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            unsubscribe();
        }
    }
}
