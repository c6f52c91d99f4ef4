using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Runtime;

/// <summary>
/// Issue 9: a turn saves everything it changed in one write, its replies wait for that write, and a turn that loses
/// the ETag race is run again on fresh state (three tries, then a polite "send that again" and nothing saved).
/// </summary>
public sealed class TurnTransactionTests
{
    private const string ConversationKey = "test/conversations/conversation-1";
    private const string UserKey = "test/users/parent-1";

    [Fact]
    public async Task Turn_SavesConversationAndUserStateInOneWrite()
    {
        var turns = new AnswerTurns();

        await turns.SendAsync("apple");
        await turns.SendAsync("pear");

        Assert.Equal(2, turns.Storage.Writes.Count);
        Assert.All(turns.Storage.Writes, keys => Assert.Equal([ConversationKey, UserKey], keys));
        Assert.Equal(["apple", "pear"], turns.StoredAnswers());
    }

    [Fact]
    public async Task Replies_AreHeldUntilTheWriteSucceeded()
    {
        var turns = new AnswerTurns();
        var sentBeforeWrite = new List<int>();
        turns.Storage.BeforeWrite = () =>
        {
            sentBeforeWrite.Add(turns.Adapter.ActiveQueue.Count);
            return Task.CompletedTask;
        };

        var replies = await turns.SendAsync("apple");

        Assert.Equal([0], sentBeforeWrite);
        Assert.Equal(["noted apple (1 so far)"], replies);
    }

    [Fact]
    public async Task LostRace_TurnIsRunAgainOnFreshState_AndBothAnswersSurvive()
    {
        var turns = new AnswerTurns();
        await turns.SendAsync("apple");
        var racer = turns.SecondClient();
        IReadOnlyList<string>? racerReplies = null;
        // While "pear" is about to be saved, another turn of the same parent ("plum", on another host) saves first.
        turns.Storage.BeforeWrite = async () =>
        {
            turns.Storage.BeforeWrite = null;
            racerReplies = [.. (await racer.SendAsync("plum")).Select(r => r.Text)];
        };

        var replies = await turns.SendAsync("pear");

        Assert.Equal(["noted plum (2 so far)"], racerReplies);
        // Run twice, answered once, from the state the racer left: nothing of the lost attempt was sent or kept.
        Assert.Equal(["noted pear (3 so far)"], replies);
        Assert.Equal(["apple", "plum", "pear"], turns.StoredAnswers());
        Assert.Equal(3, turns.Dialog.TurnsRun("pear") + turns.Dialog.TurnsRun("plum"));
    }

    [Fact]
    public async Task ThreeLostRaces_ParentIsAskedToSendAgain_AndNothingIsSaved()
    {
        var turns = new AnswerTurns();
        await turns.SendAsync("apple");
        var before = turns.Storage.Dump();
        var writesBefore = turns.Storage.Attempts;
        turns.Storage.ConflictsLeft = TurnTransaction.MaxAttempts;

        var replies = await turns.SendAsync("pear");

        Assert.Equal([new MessageCatalog()[TurnTransaction.SendAgainKey]], replies);
        Assert.Contains("something went wrong", replies[0], StringComparison.Ordinal);
        Assert.Equal(TurnTransaction.MaxAttempts, turns.Storage.Attempts - writesBefore);
        Assert.Equal(TurnTransaction.MaxAttempts, turns.Dialog.TurnsRun("pear"));
        Assert.Equal(before, turns.Storage.Dump());
        // The next message is taken as usual.
        Assert.Equal(["noted pear (2 so far)"], await turns.SendAsync("pear"));
    }

    [Fact]
    public async Task TwoLostRaces_ThirdAttemptIsSaved()
    {
        var turns = new AnswerTurns();
        turns.Storage.ConflictsLeft = TurnTransaction.MaxAttempts - 1;

        Assert.Equal(["noted apple (1 so far)"], await turns.SendAsync("apple"));
        Assert.Equal(["apple"], turns.StoredAnswers());
    }

    [Fact]
    public async Task FailingTurn_SendsNothingOfTheTurnAndSavesNothing()
    {
        var turns = new AnswerTurns();
        await turns.SendAsync("apple");
        var before = turns.Storage.Dump();
        turns.Storage.FailNextWrite = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => turns.SendAsync("pear"));

        Assert.Empty(turns.Adapter.ActiveQueue);
        Assert.Equal(before, turns.Storage.Dump());
    }

    [Fact]
    public async Task WholeBot_LostRace_IsRunAgainWithTheCaseReadAfresh()
    {
        var storage = new EtagStorage();
        using var harness = new FlowHarness(storage);
        var client = harness.Client();
        await client.SendAsync("hi");
        var writes = storage.Attempts;
        storage.ConflictsLeft = 1;

        var replies = await client.SendAsync("the IEP isn't working");

        Assert.Equal(2, storage.Attempts - writes);
        Assert.DoesNotContain("something went wrong", replies.Joined(), StringComparison.OrdinalIgnoreCase);
        // The case book is the one read again after the lost race (else the answer would be missing from it).
        Assert.Contains("\"stage\"", storage.Dump()[UserKey], StringComparison.Ordinal);
        Assert.Equal([ConversationKey, UserKey], storage.Writes[^1]);
    }

    /// <summary>A runner over a one-dialog registry and an <see cref="EtagStorage"/>, with a transaction over that storage.</summary>
    private sealed class AnswerTurns
    {
        private readonly DialogRunner _runner;
        private readonly ConversationReference _reference = new()
        {
            ChannelId = "test",
            ServiceUrl = "https://test.invalid",
            User = new ChannelAccount("parent-1", "parent"),
            Bot = new ChannelAccount("bot", "IEP Navigator"),
            Conversation = new ConversationAccount(false, "personal", "conversation-1"),
            Locale = "en-US",
        };

        public AnswerTurns()
        {
            var conversationState = new ConversationState(Storage);
            var userState = new UserState(Storage);
            var messages = new MessageCatalog();
            Dialog = new AnswerDialog(userState);
            var transaction = new TurnTransaction(Storage, conversationState, userState, messages, NullLogger<TurnTransaction>.Instance);
            _runner = new DialogRunner(new DialogRegistry([Dialog]), conversationState, userState, [], messages,
                NullLogger<DialogRunner>.Instance, AnswerDialog.DialogId, transaction);
            Adapter = new TestAdapter(_reference);
        }

        public EtagStorage Storage { get; } = new();
        public AnswerDialog Dialog { get; }
        public TestAdapter Adapter { get; }

        public async Task<IReadOnlyList<string>> SendAsync(string text)
        {
            await Adapter.ProcessActivityAsync(Adapter.MakeActivity(text), (turn, ct) => _runner.RunAsync(turn, ct), CancellationToken.None);
            var replies = new List<string>();
            while (Adapter.GetNextReply() is { } reply)
            {
                replies.Add(reply.AsMessageActivity()?.Text ?? "");
            }
            return replies;
        }

        /// <summary>The same parent and conversation through another adapter (another host), same storage.</summary>
        public DialogTestClient SecondClient() => new((turn, ct) => _runner.RunAsync(turn, ct));

        public IReadOnlyList<string> StoredAnswers() =>
            JObject.Parse(Storage.Dump()[UserKey])["answers"]?.Values<string>().OfType<string>().ToList() ?? [];
    }

    /// <summary>Adds each message to the parent's answers (UserState) and counts turns in its frame (ConversationState).</summary>
    private sealed class AnswerDialog(UserState userState) : Dialog(DialogId)
    {
        public const string DialogId = "test.answers";
        private readonly IStatePropertyAccessor<List<string>> _answers = userState.CreateProperty<List<string>>("answers");
        private readonly Dictionary<string, int> _runs = [];

        public int TurnsRun(string text)
        {
            lock (_runs)
            {
                return _runs.GetValueOrDefault(text);
            }
        }

        public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
            ContinueAsync(dc, cancellationToken);

        public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            var text = dc.Context.Activity.Text;
            lock (_runs)
            {
                _runs[text] = _runs.GetValueOrDefault(text) + 1;
            }
            var answers = await _answers.GetAsync(dc.Context, () => [], cancellationToken);
            answers.Add(text);
            await _answers.SetAsync(dc.Context, answers, cancellationToken);
            dc.State["turns"] = (dc.State.Value<int?>("turns") ?? 0) + 1;
            await dc.Context.SendActivityAsync($"noted {text} ({answers.Count} so far)", cancellationToken: cancellationToken);
            return DialogTurnResult.Waiting;
        }
    }
}

/// <summary>
/// In-memory storage with the stores' rules: the item's "eTag" must match the stored one (null or "*" overwrites),
/// a multi-key write is all or nothing, each write gets a new ETag set on the caller's item. Records every write's
/// keys; can run a hook before a write, fail writes with a conflict, or fail one write with another error.
/// </summary>
internal sealed class EtagStorage : IStorage
{
    private readonly Dictionary<string, (string ETag, string Json)> _items = new(StringComparer.Ordinal);
    private int _nextETag;

    /// <summary>Keys of each successful write, sorted.</summary>
    public List<string[]> Writes { get; } = [];

    /// <summary>Write calls, successful or not.</summary>
    public int Attempts { get; private set; }

    public int ConflictsLeft { get; set; }

    public bool FailNextWrite { get; set; }

    public Func<Task>? BeforeWrite { get; set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        lock (_items)
        {
            IDictionary<string, object> found = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    var json = JObject.Parse(item.Json);
                    json["eTag"] = item.ETag;
                    found[key] = json;
                }
            }
            return Task.FromResult(found);
        }
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        if (BeforeWrite is { } hook)
        {
            await hook();
        }
        lock (_items)
        {
            Attempts++;
            if (ConflictsLeft > 0)
            {
                ConflictsLeft--;
                throw new StorageConcurrencyException(changes.Keys.First(), "stale");
            }
            if (FailNextWrite)
            {
                FailNextWrite = false;
                throw new InvalidOperationException("The database is down.");
            }
            var writes = new List<(string Key, string Json)>();
            foreach (var (key, value) in changes)
            {
                var json = JObject.FromObject(value);
                var expected = (json["eTag"] as JValue)?.Value<string>();
                json.Remove("eTag");
                if (expected is not (null or "*") && (!_items.TryGetValue(key, out var stored) || stored.ETag != expected))
                {
                    throw new StorageConcurrencyException(key, expected);
                }
                writes.Add((key, json.ToString(Newtonsoft.Json.Formatting.None)));
            }
            foreach (var (key, json) in writes)
            {
                var etag = (++_nextETag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = (etag, json);
                if (changes[key] is IDictionary<string, object> dictionary)
                {
                    dictionary["eTag"] = etag;
                }
            }
            Writes.Add([.. changes.Keys.Order(StringComparer.Ordinal)]);
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        lock (_items)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Every stored document by key (without ETags).</summary>
    public Dictionary<string, string> Dump()
    {
        lock (_items)
        {
            return _items.ToDictionary(i => i.Key, i => i.Value.Json, StringComparer.Ordinal);
        }
    }
}
