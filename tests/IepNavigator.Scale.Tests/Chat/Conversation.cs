namespace IepNavigator.Scale.Tests.Chat;

/// <summary>Plays steps of a script in order, one turn at a time, and keeps what each turn answered.</summary>
public sealed class Conversation(ParentClient parent)
{
    private readonly List<TurnReply> replies = [];

    public ParentClient Parent { get; } = parent;
    public IReadOnlyList<TurnReply> Replies => replies;

    /// <summary>A new parent (own user and conversation ids) whose ids start with <paramref name="label"/>.</summary>
    public static Conversation New(string label)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        return new Conversation(new ParentClient($"{label}-conv-{unique}", $"{label}-user-{unique}"));
    }

    /// <summary>Sends each step and waits for its reply; <paramref name="hostForTurn"/> picks the host by turn index.</summary>
    public async Task PlayAsync(IEnumerable<string> steps, Func<int, HttpClient> hostForTurn)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(hostForTurn);
        foreach (var step in steps)
        {
            replies.Add(await Parent.SendAsync(hostForTurn(replies.Count), step).ConfigureAwait(false));
        }
    }

    /// <summary>Records a reply obtained elsewhere (e.g. by one of two racing turns).</summary>
    public void Record(TurnReply reply) => replies.Add(reply);

    public string Transcript => string.Join("\n", replies.Select(r => r.Summary));
}
