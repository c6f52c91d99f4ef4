using IepNavigator.Storage;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>
/// Runs one bot turn as a unit (issue 9; issue 16 for the state it saves): everything the turn changed in the
/// conversation's and the parent's documents is saved at the end in ONE write (<see cref="ITurnState.SaveAsync"/>: the
/// store applies a multi-key write all or nothing, checking each key's ETag or that a new key is still missing), and the
/// turn's replies are held until that write succeeded, so a parent never sees an answer whose state was not saved. When
/// the write loses an ETag race (<see cref="StorageConcurrencyException"/>, another turn of the same parent or
/// conversation saved first), the turn is run again from fresh state, up to <see cref="MaxAttempts"/> times; then the
/// parent is asked to send the message again and nothing of the turn is saved.
/// <para>
/// Re-running a turn: held replies are dropped, <see cref="ITurnContext.TurnState"/> goes back to what it held when the
/// transaction began (drops every per-turn cache made since), the state is read again (<see cref="ITurnState.ReloadAsync"/>),
/// and the activity's text and value are put back (the runner rewrites them). Side effects that are not state (e-mails,
/// other tables) run again, so they must run after the turn (OnSendActivities handlers registered during the turn run on
/// release, i.e. after the save) or be idempotent.
/// </para>
/// <para>Nested calls on the same turn context (the bot's transaction around the dialog runner's) join the outer one.</para>
/// </summary>
public sealed partial class TurnTransaction
{
    /// <summary>Attempts of one turn before the parent is asked to send it again.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The polite "please send that again" (content/messages.json): says "something went wrong", the words
    /// every client and test already reads as a failed turn.</summary>
    public const string SendAgainKey = "turn.sendAgain";

    private const string ActiveKey = "iepNavigator.turnTransaction";

    private readonly ITurnState _state;
    private readonly MessageCatalog _messages;
    private readonly ILogger _logger;

    public TurnTransaction(ITurnState state, MessageCatalog messages, ILogger<TurnTransaction> logger)
    {
        _state = state ?? throw new ArgumentNullException(nameof(state));
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>True while a transaction runs this turn (its state is saved when the outermost one ends).</summary>
    public static bool IsActive(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.ContainsKey(ActiveKey);
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
                    await _state.SaveAsync(turnContext, cancellationToken).ConfigureAwait(false);
                }
                catch (StorageConcurrencyException) when (attempt < MaxAttempts)
                {
                    // Only the attempt number: the exception names a state key, which holds a user id.
                    LogRerun(_logger, attempt);
                    replies.Discard();
                    start.Restore(turnContext);
                    await _state.ReloadAsync(turnContext, cancellationToken).ConfigureAwait(false);
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

    private string SendAgainText() => _messages[SendAgainKey];

    /// <summary>What the turn started from: its TurnState entries, its notes' values and the activity's text and value.</summary>
    private sealed class TurnStart
    {
        private readonly KeyValuePair<string, object>[] _entries;
        private readonly TurnNotes.Values? _notes;
        private readonly string? _text;
        private readonly object? _value;

        public TurnStart(ITurnContext turnContext)
        {
            _entries = [.. turnContext.TurnState];
            _notes = TurnNotes.Find(turnContext)?.Save();
            _text = turnContext.Activity?.Text;
            _value = turnContext.Activity?.Value;
        }

        public void Restore(ITurnContext turnContext)
        {
            var state = turnContext.TurnState;
            var kept = _entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            // The notes stay the same object even when made during the turn (code holding them sees the restored values).
            foreach (var added in state.Where(e => !kept.Contains(e.Key) && e.Value is not TurnNotes).Select(e => e.Key).ToList())
            {
                state.Remove(added);
            }
            foreach (var (key, value) in _entries)
            {
                state[key] = value;
            }
            TurnNotes.Find(turnContext)?.Restore(_notes ?? default);
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
