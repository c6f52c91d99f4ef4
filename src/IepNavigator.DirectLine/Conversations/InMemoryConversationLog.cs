using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Conversations;

/// <summary>
/// The conversation log in process memory, bounded per conversation and in conversations.
/// Lost on restart and not shared between instances; a database-backed log replaces it later.
/// </summary>
public sealed class InMemoryConversationLog : IConversationLog
{
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly DirectLineOptions _options;

    public InMemoryConversationLog(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock;
    }

    public Task<(ConversationInfo Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        if (_conversations.TryGetValue(conversationId, out var existing))
        {
            return Task.FromResult((existing.Info, false));
        }

        var conversation = new Conversation(new ConversationInfo(conversationId, userId, _clock.GetUtcNow()));
        var created = _conversations.TryAdd(conversationId, conversation);
        conversation = created ? conversation : _conversations[conversationId];
        if (created && _conversations.Count > _options.MaxConversations)
        {
            EvictLeastRecentlyActive(conversationId);
        }

        return Task.FromResult((conversation.Info, created));
    }

    public Task<ConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryGetValue(conversationId, out var c) ? c.Info : null);

    public Task<LoggedActivity> AppendAsync(string conversationId, Activity activity, bool store, CancellationToken cancellationToken)
    {
        var conversation = Get(conversationId);
        var copy = ActivityJson.Clone(activity);
        lock (conversation)
        {
            var sequence = ++conversation.LastSequence;
            copy.Id = FormatId(conversationId, sequence);

            // Monotonic even if the clock steps back, so Web Chat's timestamp sort matches watermark order.
            var now = _clock.GetUtcNow();
            conversation.LastTimestamp = now > conversation.LastTimestamp ? now : conversation.LastTimestamp.AddTicks(1);
            copy.Timestamp = conversation.LastTimestamp;
            conversation.LastActive = now;

            if (store)
            {
                conversation.Entries.Add(new LoggedActivity(copy, sequence, Stored: true));
                if (conversation.Entries.Count > _options.MaxActivitiesPerConversation)
                {
                    conversation.Entries.RemoveAt(0);
                }
            }

            return Task.FromResult(new LoggedActivity(copy, sequence, store));
        }
    }

    public Task<ActivityPage> ReadAfterAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        var conversation = Get(conversationId);
        lock (conversation)
        {
            var after = watermark ?? 0;
            var activities = conversation.Entries.Where(e => e.Sequence > after).Select(e => e.Activity).ToList();
            var last = conversation.Entries.Count > 0 ? conversation.Entries[^1].Sequence : 0;
            return Task.FromResult(new ActivityPage(activities, Math.Max(last, after)));
        }
    }

    public Task<LoggedActivity?> ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = Get(conversationId);
        var copy = ActivityJson.Clone(activity);
        lock (conversation)
        {
            var index = conversation.Entries.FindIndex(e => e.Activity.Id == copy.Id);
            if (index < 0)
            {
                return Task.FromResult<LoggedActivity?>(null);
            }

            var old = conversation.Entries[index];
            copy.Timestamp = old.Activity.Timestamp;
            var replaced = old with { Activity = copy, Replacement = true };
            conversation.Entries[index] = replaced;
            return Task.FromResult<LoggedActivity?>(replaced);
        }
    }

    public Task<bool> DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var conversation = Get(conversationId);
        lock (conversation)
        {
            return Task.FromResult(conversation.Entries.RemoveAll(e => e.Activity.Id == activityId) > 0);
        }
    }

    public Task<IReadOnlyList<string>> EraseUserAsync(string userId, DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var erased = new List<string>();
        foreach (var (id, conversation) in _conversations)
        {
            if (!string.Equals(conversation.Info.UserId, userId, StringComparison.Ordinal))
            {
                continue;
            }

            lock (conversation)
            {
                conversation.Entries.RemoveAll(e => e.Activity.Timestamp is not { } stamped || stamped <= upTo);
            }

            erased.Add(id);
        }

        return Task.FromResult<IReadOnlyList<string>>(erased);
    }

    public Task<bool> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryRemove(conversationId, out _));

    public Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastActive < cutoff && _conversations.TryRemove(id, out _))
            {
                deleted++;
            }
        }

        return Task.FromResult(deleted);
    }

    internal static string FormatId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    private Conversation Get(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var c)
            ? c
            : throw new KeyNotFoundException("Unknown conversation.");

    private void EvictLeastRecentlyActive(string keep)
    {
        var oldest = _conversations.Where(kv => kv.Key != keep).MinBy(kv => kv.Value.LastActive);
        if (oldest.Key is not null)
        {
            _conversations.TryRemove(oldest.Key, out _);
        }
    }

    private sealed class Conversation(ConversationInfo info)
    {
        public ConversationInfo Info { get; } = info;

        public List<LoggedActivity> Entries { get; } = [];

        public long LastSequence { get; set; }

        public DateTimeOffset LastTimestamp { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LastActive { get; set; } = info.CreatedAt;
    }
}
