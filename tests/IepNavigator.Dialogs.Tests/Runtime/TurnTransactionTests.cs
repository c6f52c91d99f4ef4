using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using System.Text.Json.Nodes;
using IepNavigator.Dialogs.State;
using IepNavigator.Storage;
using IepNavigator.Storage.Memory;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using AnswerKind = IepNavigator.Understanding.Reading.AnswerKind;

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
    public async Task LostRace_RerunStartsWithoutWhatTheLostAttemptLearned()
    {
        // What an attempt learns (here: the message was noted, the reply it read) is in the turn's notes; a re-run after a
        // lost race must not act on it (a stale "settled" would close the question unanswered), yet the notes stay
        // the one object the turn's handlers hold.
        var turns = new AnswerTurns();
        turns.Storage.ConflictsLeft = TurnTransaction.MaxAttempts - 1;

        Assert.Equal(["noted apple (1 so far)"], await turns.SendAsync("apple"));

        Assert.Equal(TurnTransaction.MaxAttempts, turns.Dialog.Attempts.Count);
        Assert.All(turns.Dialog.Attempts, a => Assert.False(a.NotedBefore));
        Assert.All(turns.Dialog.Attempts, a => Assert.Null(a.ReplyBefore));
        Assert.Single(turns.Dialog.Attempts.Select(a => a.Notes).Distinct());
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
            var state = RuntimeHarness.StateOver(Storage);
            var messages = new MessageCatalog();
            Dialog = new AnswerDialog(state);
            var transaction = new TurnTransaction(state, messages, NullLogger<TurnTransaction>.Instance);
            _runner = new DialogRunner(new DialogRegistry([Dialog]), state, [], messages,
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
            JsonNode.Parse(Storage.Dump()[UserKey])?["caseBook"]?["cases"]?[0]?["lastStepIds"]?.AsArray().Select(a => a!.GetValue<string>()).ToList() ?? [];
    }

    /// <summary>
    /// Adds each message to the parent's answers (kept, for this test, as the active case's list of strings in the user
    /// document) and counts turns in its frame (the conversation document).
    /// </summary>
    private sealed class AnswerDialog(TurnStateStore state) : Dialog(DialogId)
    {
        public const string DialogId = "test.answers";
        private readonly Dictionary<string, int> _runs = [];

        /// <summary>Each attempt's turn notes and what they held when it began.</summary>
        public List<(TurnNotes Notes, bool NotedBefore, AwaitedReply? ReplyBefore)> Attempts { get; } = [];

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
            lock (Attempts)
            {
                Attempts.Add((dc.Turn, AwaitedReplies.WasNoted(dc), AwaitedReplies.For(dc, "answer")));
            }
            AwaitedReplies.MarkNoted(dc);
            AwaitedReplies.Set(dc, new AwaitedReply("answer", AnswerKind.Value, text));
            var answers = (await state.UserAsync(dc.Context, cancellationToken)).CaseBook.Active().LastStepIds;
            answers.Add(text);
            dc.State["turns"] = (dc.State.GetInt("turns") ?? 0) + 1;
            await dc.Context.SendActivityAsync($"noted {text} ({answers.Count} so far)", cancellationToken: cancellationToken);
            return DialogTurnResult.Waiting;
        }
    }
}

/// <summary>
/// In-memory documents with the stores' rules (each write's ETag or create-only must hold, a multi-key write is all or
/// nothing) over <see cref="MemoryDocumentStore"/>. Records every successful write's keys; can run a hook before a
/// write, fail writes with a conflict, or fail one write with another error.
/// </summary>
internal sealed class EtagStorage : IStateDocumentStore
{
    private readonly MemoryDocumentStore _inner = new();

    /// <summary>Keys of each successful write, sorted.</summary>
    public List<string[]> Writes { get; } = [];

    /// <summary>Write calls, successful or not.</summary>
    public int Attempts { get; private set; }

    public int ConflictsLeft { get; set; }

    public bool FailNextWrite { get; set; }

    public Func<Task>? BeforeWrite { get; set; }

    public Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) =>
        _inner.ReadDocumentsAsync(keys, cancellationToken);

    public async Task<IReadOnlyList<string>> WriteDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default)
    {
        if (BeforeWrite is { } hook)
        {
            await hook();
        }
        lock (Writes)
        {
            Attempts++;
            if (ConflictsLeft > 0)
            {
                ConflictsLeft--;
                throw new StorageConcurrencyException(writes[0].Key, "stale");
            }
            if (FailNextWrite)
            {
                FailNextWrite = false;
                throw new InvalidOperationException("The database is down.");
            }
        }
        var etags = await _inner.WriteDocumentsAsync(writes, cancellationToken);
        lock (Writes)
        {
            Writes.Add([.. writes.Select(w => w.Key).Order(StringComparer.Ordinal)]);
        }
        return etags;
    }

    public Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) =>
        _inner.DeleteDocumentsAsync(keys, cancellationToken);

    /// <summary>Every stored document by key.</summary>
    public Dictionary<string, string> Dump() =>
        _inner.ReadDocumentsAsync(_inner.Keys).Result.ToDictionary(d => d.Key, d => System.Text.Encoding.UTF8.GetString(d.Utf8Json!), StringComparer.Ordinal);
}
