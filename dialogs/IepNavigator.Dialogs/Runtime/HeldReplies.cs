namespace IepNavigator.Dialogs.Runtime;

/// <summary>
/// Holds what a turn sends until its state is saved: an OnSendActivities handler, registered before the bot's own,
/// that keeps each send (the rest of the send pipeline, and the async context it was made in) instead of passing it
/// on. <see cref="ReleaseAsync"/> sends them in order, as if at the moment they were made (so handlers registered
/// later in the turn, e.g. the reply's language, see what they would have seen); <see cref="Discard"/> forgets them
/// when the turn is re-run or failed. Works the same for expectReplies (the response body), Direct Line and
/// the connector: the adapter only sees what is released.
/// </summary>
internal sealed class HeldReplies
{
    private readonly List<(Func<Task<ResourceResponse[]>> Send, ExecutionContext? Context)> _held = [];
    private readonly Lock _gate = new();
    private bool _holding = true;

    /// <summary>The handler to register with <see cref="ITurnContext.OnSendActivities"/>.</summary>
    public Task<ResourceResponse[]> OnSendAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(next);
        lock (_gate)
        {
            if (_holding)
            {
                _held.Add((next, ExecutionContext.Capture()));
                // What an expectReplies send answers too: no ids (nothing in this codebase reads them).
                return Task.FromResult(activities.Select(_ => new ResourceResponse()).ToArray());
            }
        }
        return next();
    }

    /// <summary>Drops every held send (the turn is re-run from fresh state, or failed).</summary>
    public void Discard()
    {
        lock (_gate)
        {
            _held.Clear();
        }
    }

    /// <summary>From now on, sends go straight through (the apology after a failure, anything after the turn).</summary>
    public void PassThrough()
    {
        lock (_gate)
        {
            _holding = false;
        }
    }

    /// <summary>The turn's state is saved: sends what was held, in order, then lets later sends through.</summary>
    public async Task ReleaseAsync()
    {
        List<(Func<Task<ResourceResponse[]>> Send, ExecutionContext? Context)> held;
        lock (_gate)
        {
            held = [.. _held];
            _held.Clear();
            _holding = false;
        }
        foreach (var (send, context) in held)
        {
            await SendInAsync(context, send).ConfigureAwait(false);
        }
    }

    private static Task<ResourceResponse[]> SendInAsync(ExecutionContext? context, Func<Task<ResourceResponse[]>> send)
    {
        if (context is null)
        {
            return send();
        }
        Task<ResourceResponse[]>? sending = null;
        ExecutionContext.Run(context, _ => sending = send(), null);
        return sending!;
    }
}
