using IepNavigator.Dialogs.Content;
using IepNavigator.Storage;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>
/// Runs one bot turn as a unit (issue 9): everything the turn changed in ConversationState, UserState and
/// PrivateConversationState is saved at the end in ONE <see cref="IStorage.WriteAsync"/> call (the stores apply a
/// multi-key write all or nothing, checking each key's ETag), and the turn's replies are held until that write
/// succeeded, so a parent never sees an answer whose state was not saved. When the write loses an ETag race
/// (<see cref="StorageConcurrencyException"/>, another turn of the same parent or conversation saved first), the
/// turn is run again from fresh state, up to <see cref="MaxAttempts"/> times; then the parent is asked to send the
/// message again and nothing of the turn is saved.
/// <para>
/// Re-running a turn: held replies are dropped, <see cref="ITurnContext.TurnState"/> goes back to what it held when
/// the transaction began (drops the state caches and every per-turn cache made since, e.g. CaseStore's), states the
/// turn had already loaded before are read again (LoadAsync with force), and the activity's text and value are put
/// back (the runner rewrites them). Side effects that are not state (e-mails, other tables) run again, so they must
/// run after the turn (OnSendActivities handlers registered during the turn run on release, i.e. after the save) or
/// be idempotent.
/// </para>
/// <para>
/// Nested calls on the same turn context (the bot's transaction around the dialog runner's) join the outer one.
/// Without an <see cref="IStorage"/> (a host or test that registers only the states) the states are saved one by
/// one as before, with the same holding and retrying.
/// </para>
/// </summary>
public sealed partial class TurnTransaction
{
    /// <summary>Attempts of one turn before the parent is asked to send it again.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The polite "please send that again" (content/messages.json): says "something went wrong", the words
    /// every client and test already reads as a failed turn.</summary>
    public const string SendAgainKey = "turn.sendAgain";

    private const string ActiveKey = "iepNavigator.turnTransaction";

    private readonly IStorage? _storage;
    private readonly ConversationState _conversationState;
    private readonly UserState? _userState;
    private readonly MessageCatalog _messages;
    private readonly ILogger _logger;

    /// <param name="storage">The store the states read from; null saves each state on its own (no single write).</param>
    public TurnTransaction(IStorage? storage, ConversationState conversationState, UserState? userState, MessageCatalog messages, ILogger<TurnTransaction> logger)
    {
        _storage = storage;
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _userState = userState;
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>True while a transaction runs this turn (its state is saved when the outermost one ends).</summary>
    public static bool IsActive(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.ContainsKey(ActiveKey);
    }

    /// <summary>
    /// Reads the turn's conversation and user state in ONE storage read and caches them for the turn, as
    /// <see cref="BotState.LoadAsync"/> would. Call it first thing in a turn; states already cached, keys the store does
    /// not hold yet, a store that does not return JSON objects, and state classes other than the standard two are left
    /// to BotState's own load.
    /// <para>
    /// Why (issue 9 profile): BotState reads each state on its own (two round trips, each opening a pooled connection)
    /// and turns the store's <see cref="JObject"/> into a dictionary with <c>ToObject</c>, a deep copy of the whole case
    /// book and dialog stack, every turn. Here the dictionary holds the read object's own property values. Values are then
    /// JSON tokens, as nested objects already were: BotState converts them to the asked type on first access, the change
    /// hash and the stored JSON are the same, and the write reads the ETag from them as before.
    /// </para>
    /// </summary>
    public async Task LoadStatesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_storage is null || turnContext.Activity is not { ChannelId: not null } activity)
        {
            return;
        }
        var wanted = new List<(string CacheKey, string StorageKey)>(2);
        // Only the standard classes: BotState caches them under their class name, and their storage keys are computed by
        // Bot Framework's own GetStorageKey (StateKeys). A subclass may use other keys: it loads itself.
        if (_conversationState.GetType() == typeof(ConversationState) && activity.Conversation?.Id is not null
            && _conversationState.GetCachedState(turnContext) is null)
        {
            wanted.Add((nameof(ConversationState), StateKeys.Conversation(turnContext)));
        }
        if (_userState is not null && _userState.GetType() == typeof(UserState) && activity.From?.Id is not null
            && _userState.GetCachedState(turnContext) is null)
        {
            wanted.Add((nameof(UserState), StateKeys.User(turnContext)));
        }
        if (wanted.Count == 0)
        {
            return;
        }
        var items = await _storage.ReadAsync([.. wanted.Select(w => w.StorageKey)], cancellationToken).ConfigureAwait(false);
        foreach (var (cacheKey, storageKey) in wanted)
        {
            if (items.TryGetValue(storageKey, out var item) && item is JObject json)
            {
                var state = new Dictionary<string, object>(json.Count, StringComparer.Ordinal);
                foreach (var property in json.Properties())
                {
                    state[property.Name] = property.Value;
                }
                turnContext.TurnState[cacheKey] = new BotState.CachedBotState(state);
            }
        }
    }

    /// <summary>The storage keys of the standard states, from Bot Framework's own GetStorageKey (protected, hence the subclasses).</summary>
    private static class StateKeys
    {
        private static readonly ConversationKey ConversationKeys = new();
        private static readonly UserKey UserKeys = new();

        public static string Conversation(ITurnContext turnContext) => ConversationKeys.Of(turnContext);

        public static string User(ITurnContext turnContext) => UserKeys.Of(turnContext);

        private sealed class ConversationKey() : ConversationState(new MemoryStorage())
        {
            public string Of(ITurnContext turnContext) => GetStorageKey(turnContext);
        }

        private sealed class UserKey() : UserState(new MemoryStorage())
        {
            public string Of(ITurnContext turnContext) => GetStorageKey(turnContext);
        }
    }

    /// <summary>Runs <paramref name="turn"/>, saves what it changed in one write, then sends its replies; re-runs it on a lost race.</summary>
    public async Task RunAsync(ITurnContext turnContext, BotCallbackHandler turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(turn);
        if (IsActive(turnContext))
        {
            await turn(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        var replies = new HeldReplies();
        turnContext.OnSendActivities(replies.OnSendAsync);
        turnContext.TurnState[ActiveKey] = this;
        var start = new TurnStart(turnContext);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await turn(turnContext, cancellationToken).ConfigureAwait(false);
                    await SaveAsync(turnContext, cancellationToken).ConfigureAwait(false);
                }
                catch (StorageConcurrencyException) when (attempt < MaxAttempts)
                {
                    // Only the attempt number: the exception names a state key, which holds a user id.
                    LogRerun(_logger, attempt);
                    replies.Discard();
                    start.Restore(turnContext);
                    await ReloadAsync(turnContext, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (StorageConcurrencyException)
                {
                    LogGaveUp(_logger, attempt);
                    replies.Discard();
                    start.Restore(turnContext);
                    replies.PassThrough();
                    await turnContext.SendActivityAsync(SendAgainText(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    return;
                }
                await replies.ReleaseAsync().ConfigureAwait(false);
                return;
            }
        }
        finally
        {
            // After a failure the held replies are dropped (the adapter's apology goes straight out).
            replies.PassThrough();
            turnContext.TurnState.Remove(ActiveKey);
        }
    }

    /// <summary>Every state the turn changed, in one write (or state by state without a storage).</summary>
    private async Task SaveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (_storage is null)
        {
            await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            if (_userState is not null)
            {
                await _userState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            }
            return;
        }
        var batch = new TurnWriteBatch();
        foreach (var state in batch.States)
        {
            await state.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        }
        await batch.WriteToAsync(_storage, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>States loaded before the transaction began are still cached from the lost attempt: read them again.</summary>
    private async Task ReloadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        BotState?[] states = [_conversationState, _userState, _storage is null ? null : new PrivateConversationState(_storage)];
        foreach (var state in states)
        {
            if (state?.GetCachedState(turnContext) is not null)
            {
                await state.LoadAsync(turnContext, true, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private string SendAgainText() => _messages[SendAgainKey];

    /// <summary>What the turn started from: its TurnState entries and the activity's text and value.</summary>
    private sealed class TurnStart
    {
        private readonly KeyValuePair<string, object>[] _entries;
        private readonly string? _text;
        private readonly object? _value;

        public TurnStart(ITurnContext turnContext)
        {
            _entries = [.. turnContext.TurnState];
            _text = turnContext.Activity?.Text;
            _value = turnContext.Activity?.Value;
        }

        public void Restore(ITurnContext turnContext)
        {
            var state = turnContext.TurnState;
            var kept = _entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var added in state.Keys.Where(k => !kept.Contains(k)).ToList())
            {
                state.Remove(added);
            }
            foreach (var (key, value) in _entries)
            {
                state[key] = value;
            }
            if (turnContext.Activity is { } activity)
            {
                activity.Text = _text;
                activity.Value = _value;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A turn lost a state write race (attempt {Attempt}); running it again on fresh state.")]
    private static partial void LogRerun(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A turn lost the state write race {Attempts} times; nothing was saved and the parent was asked to send it again.")]
    private static partial void LogGaveUp(ILogger logger, int attempts);
}
