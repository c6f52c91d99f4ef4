using IepNavigator.Scale.Tests.State;

namespace IepNavigator.Scale.Tests.Chat;

/// <summary>
/// A hurried parent: the steps before the race pair are played one by one, then the pair's two answers are sent
/// together, the first to one host and the second to the other. Beside it, four one-host conversations replay the
/// serial outcomes the race may legitimately end in: both answers in either order, or only one of them.
/// </summary>
public sealed class RacedPair
{
    private RacedPair(string path, TurnReply first, TurnReply second, string state, IReadOnlyDictionary<Outcome, Reference> references)
    {
        Path = path;
        First = first;
        Second = second;
        State = state;
        References = references;
    }

    public enum Outcome
    {
        FirstThenSecond,
        SecondThenFirst,
        OnlyFirst,
        OnlySecond,
    }

    /// <summary>A serial outcome: the replies to the first and second answer (null when not sent) and the stored state.</summary>
    public sealed record Reference(TurnReply? First, TurnReply? Second, string State);

    public string Path { get; }
    public TurnReply First { get; }
    public TurnReply Second { get; }

    /// <summary>Stored case and dialog stack after the race, normalised.</summary>
    public string State { get; }

    public IReadOnlyDictionary<Outcome, Reference> References { get; }

    /// <summary>The serial outcome that the race ended in exactly (replies and state), if any.</summary>
    public Outcome? Matching() =>
        References.Where(r => r.Value.State == State
                && (r.Value.First is null ? First.Failed : !First.Failed && r.Value.First.Summary == First.Summary)
                && (r.Value.Second is null ? Second.Failed : !Second.Failed && r.Value.Second.Summary == Second.Summary))
            .Select(r => (Outcome?)r.Key)
            .FirstOrDefault();

    public static async Task<RacedPair> RunAsync(ConversationScripts.ScriptPath path, HttpClient firstHost, HttpClient secondHost, StoredState stored)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(stored);
        var prefix = path.Steps.Take(path.RacePair).ToList();
        var (a, b) = (path.Steps[path.RacePair], path.Steps[path.RacePair + 1]);
        var tails = new Dictionary<Outcome, string[]>
        {
            [Outcome.FirstThenSecond] = [a, b],
            [Outcome.SecondThenFirst] = [b, a],
            [Outcome.OnlyFirst] = [a],
            [Outcome.OnlySecond] = [b],
        };
        var serial = tails.ToDictionary(t => t.Key, t => Conversation.New($"serial-{path.Name}"));
        var raced = Conversation.New($"raced-{path.Name}");

        var serialRuns = serial.Select(s => s.Value.PlayAsync(prefix.Concat(tails[s.Key]), _ => firstHost));
        var race = RaceAsync(raced, prefix, a, b, firstHost, secondHost);
        await Task.WhenAll(serialRuns.Append(race)).ConfigureAwait(false);

        var references = new Dictionary<Outcome, Reference>();
        foreach (var (outcome, conversation) in serial)
        {
            var tail = conversation.Replies.Skip(prefix.Count).ToList();
            var first = outcome switch
            {
                Outcome.FirstThenSecond or Outcome.OnlyFirst => tail[0],
                Outcome.SecondThenFirst => tail[1],
                _ => null,
            };
            var second = outcome switch
            {
                Outcome.FirstThenSecond => tail[1],
                Outcome.SecondThenFirst or Outcome.OnlySecond => tail[0],
                _ => null,
            };
            references[outcome] = new Reference(first, second, await StateAsync(stored, conversation).ConfigureAwait(false));
        }
        return new RacedPair(path.Name, raced.Replies[^2], raced.Replies[^1], await StateAsync(stored, raced).ConfigureAwait(false), references);
    }

    private static async Task RaceAsync(Conversation raced, IReadOnlyList<string> prefix, string a, string b, HttpClient firstHost, HttpClient secondHost)
    {
        await raced.PlayAsync(prefix, turn => turn % 2 == 0 ? firstHost : secondHost).ConfigureAwait(false);
        var first = raced.Parent.SendAsync(firstHost, a);
        var second = raced.Parent.SendAsync(secondHost, b);
        raced.Record(await first.ConfigureAwait(false));
        raced.Record(await second.ConfigureAwait(false));
    }

    private static async Task<string> StateAsync(StoredState stored, Conversation conversation) =>
        await stored.CaseAsync(conversation.Parent).ConfigureAwait(false) + "\n"
        + await stored.ConversationAsync(conversation.Parent).ConfigureAwait(false);
}
