using IepNavigator.Scale.Tests.Hosting;
using IepNavigator.Scale.Tests.State;

namespace IepNavigator.Scale.Tests.Chat;

/// <summary>
/// Drives several scripted conversations on one host (SQLite), SIGKILLs it once a number of turns were answered,
/// restarts it on the same data folder, and collects, per conversation, what was stored and what a parent now
/// sees, beside the same for one never-killed host fed the answered turns (and the turn in flight as well).
/// </summary>
public static class CrashRun
{
    private const int CopiesPerPath = 2;

    /// <summary>Answered turns (over all conversations) before the kill: well inside the scripts, so turns are in flight.</summary>
    private const int KillAfterAnsweredTurns = 16;

    /// <summary>One conversation's stored case, stored dialog stack, and the reply to "what do you know about my case?".</summary>
    public sealed record Snapshot(string Case, string Dialog, string Review);

    /// <param name="Serial">Index 0: one host fed the answered turns; index 1 (if any): also the turn in flight.</param>
    public sealed record Outcome(string Path, int Answered, int Steps, Snapshot Crashed, IReadOnlyList<Snapshot> Serial);

    public static async Task<IReadOnlyList<Outcome>> RunAsync(IReadOnlyDictionary<string, string> settings)
    {
        var scripts = ConversationScripts.Instance;
        var parents = scripts.Paths
            .SelectMany(path => Enumerable.Range(0, CopiesPerPath).Select(_ => (Path: path, Conversation: Conversation.New("crash-" + path.Name))))
            .ToList();

        await using (var doomed = await HostProcess.StartAsync(settings).ConfigureAwait(false))
        {
            using var http = doomed.CreateClient();
            var answered = 0;
            var killPoint = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var load = parents.Select(p => PlayUntilHostDiesAsync(p.Conversation, p.Path.Steps, http, () =>
            {
                if (Interlocked.Increment(ref answered) == KillAfterAnsweredTurns)
                {
                    killPoint.TrySetResult();
                }
            })).ToList();
            await killPoint.Task.WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            await doomed.KillAsync().ConfigureAwait(false);
            await Task.WhenAll(load).WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        }

        await using var restarted = await HostProcess.StartAsync(settings).ConfigureAwait(false);
        using var client = restarted.CreateClient();
        await using var stored = new StoredState(settings);
        var outcomes = new List<Outcome>();
        foreach (var (path, crashed) in parents.Where(p => p.Conversation.Replies.Count > 0))
        {
            var kept = crashed.Replies.Count;
            var serial = new List<Snapshot>();
            for (var count = kept; count <= Math.Min(kept + 1, path.Steps.Count); count++)
            {
                var reference = Conversation.New("after-" + path.Name);
                await reference.PlayAsync(path.Steps.Take(count), _ => client).ConfigureAwait(false);
                serial.Add(await SnapshotAsync(reference.Parent, stored, client).ConfigureAwait(false));
            }
            outcomes.Add(new Outcome(path.Name, kept, path.Steps.Count, await SnapshotAsync(crashed.Parent, stored, client).ConfigureAwait(false), serial));
        }
        return outcomes;
    }

    /// <summary>Plays the steps until one is not answered (the host died); counts each answered one.</summary>
    private static async Task PlayUntilHostDiesAsync(Conversation conversation, IReadOnlyList<string> steps, HttpClient http, Action answered)
    {
        foreach (var step in steps)
        {
            TurnReply reply;
            try
            {
                reply = await conversation.Parent.SendAsync(http, step).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return;
            }
            if (reply.Failed)
            {
                throw new InvalidOperationException("A turn failed before the kill; nothing after it would mean anything.");
            }
            conversation.Record(reply);
            answered();
        }
    }

    private static async Task<Snapshot> SnapshotAsync(ParentClient parent, StoredState stored, HttpClient host)
    {
        var storedCase = await stored.CaseAsync(parent).ConfigureAwait(false);
        var dialog = await stored.ConversationAsync(parent).ConfigureAwait(false);
        var review = await parent.SendAsync(host, ConversationScripts.Instance.ReviewStep).ConfigureAwait(false);
        return new Snapshot(storedCase, dialog, review.Failed ? "(failed) " + review.Summary : review.Summary);
    }
}
