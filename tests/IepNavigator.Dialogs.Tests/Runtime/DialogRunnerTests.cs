using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Runtime;

public class DialogRunnerTests
{
    // One in-memory key ring for the whole class: reopening a store after a "restart" needs the same keys.
    private static readonly EphemeralDataProtectionProvider StateKeys = new();

    private readonly RuntimeHarness _harness = new();

    [Fact]
    public async Task Help_MidPrompt_AnswersThenReasksTheSameQuestion()
    {
        var client = _harness.Client();
        await client.SendAsync("hi");
        await client.SendAsync("yesterday");

        var replies = await client.SendAsync("help");

        Assert.Contains("not legal advice", replies.Joined());
        Assert.Equal("Was it in writing?", replies[^1].Text);
        Assert.Contains("writing: yes", (await client.SendAsync("yes")).Joined());
    }

    [Fact]
    public async Task StartOver_MidPrompt_ForgetsTheFlowAndAsksTheFirstQuestion()
    {
        var client = _harness.Client();
        await client.SendAsync("hi");
        await client.SendAsync("yesterday");

        var replies = await client.SendAsync("Start over");

        Assert.Equal("When did you ask?", replies[^1].Text);
        Assert.Contains("date: 2026-11-23", (await client.SendAsync("last monday")).Joined());
    }

    [Fact]
    public async Task Cancel_StopsThenTheNextMessageBeginsAgain()
    {
        var client = _harness.Client();
        await client.SendAsync("hi");

        var stopped = await client.SendAsync("cancel");
        Assert.Contains("I've stopped", stopped.Joined());
        Assert.DoesNotContain(stopped, r => r.Text == "When did you ask?");

        Assert.Equal("When did you ask?", (await client.SendAsync("hello again"))[^1].Text);
    }

    [Fact]
    public async Task Restart_NewRunnerOverTheSameSqliteFile_ResumesTheActivePrompt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dialogs-restart-{Guid.NewGuid():N}.db");
        try
        {
            using (var before = new SqliteStorage(path, StateKeys))
            {
                var client = new RuntimeHarness(before).Client();
                await client.SendAsync("hi");
                await client.SendAsync("Sept 3");
            }

            using var after = new SqliteStorage(path, StateKeys);
            var resumed = new RuntimeHarness(after).Client();
            Assert.Contains("writing: no", (await resumed.SendAsync("nope")).Joined());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B")]
    public async Task EmptyMessage_GetsAPoliteReplyAndTheQuestionAgain(string? text)
    {
        var client = _harness.Client();
        await client.SendAsync("hi");

        var replies = await client.SendAsync(text);

        Assert.Contains("didn't get any text", replies.Joined());
        Assert.Equal("When did you ask?", replies[^1].Text);
        Assert.Contains("date: 2026-11-25", (await client.SendAsync("yesterday")).Joined());
    }

    [Fact]
    public async Task EmptyMessage_AsTheFirstMessage_StartsTheConversation()
    {
        var replies = await _harness.Client().SendAsync("");

        Assert.Equal("When did you ask?", replies[^1].Text);
    }

    [Fact]
    public async Task AttachmentOnly_IsAcknowledgedAndTheQuestionKept()
    {
        var client = _harness.Client();
        await client.SendAsync("hi");
        var activity = client.MakeActivity();
        activity.Text = null;
        activity.Attachments = [new Attachment("application/pdf", "https://files.invalid/iep.pdf", name: "iep.pdf")];

        var replies = await client.SendAsync(activity);

        Assert.Contains("can't read attachments", replies.Joined());
        Assert.Equal("When did you ask?", replies[^1].Text);
    }

    [Fact]
    public async Task HugeMessage_IsCutAndStillAnswered()
    {
        var client = _harness.Client();
        await client.SendAsync("hi");

        var replies = await client.SendAsync(new string('a', 10_000) + " Sept 3");

        Assert.Contains("couldn't read a date", replies.Joined());
        Assert.Contains("date: 2026-09-03", (await client.SendAsync("Sept 3")).Joined());
    }

    [Fact]
    public async Task UnknownActivityType_DoesNothingAndKeepsState()
    {
        var client = _harness.Client();
        await client.SendAsync("hi");
        var odd = client.MakeActivity();
        odd.Type = "somethingNew";

        Assert.Empty(await client.SendAsync(odd));
        Assert.Contains("date: 2026-11-25", (await client.SendAsync("yesterday")).Joined());
    }

    [Fact]
    public async Task CardSubmit_WithTextValue_IsReadAsTheAnswer()
    {
        var client = _harness.Client();
        await client.SendAsync("hi");
        var submit = client.MakeActivity();
        submit.Text = null;
        submit.Value = new Newtonsoft.Json.Linq.JObject { ["text"] = "yesterday" };

        Assert.Contains("date: 2026-11-25", (await client.SendAsync(submit)).Joined());
    }

    [Fact]
    public async Task WholeFlow_Completes_AndTheNextMessageBeginsAgain()
    {
        var client = _harness.Client();
        await client.SendAsync("hi");
        await client.SendAsync("yesterday");
        await client.SendAsync("yes");
        var end = await client.SendAsync("Reading");

        Assert.Contains("worries: reading", end.Joined());
        Assert.Equal("When did you ask?", (await client.SendAsync("hi"))[^1].Text);
    }

    [Fact]
    public void Registry_RejectsTwoDialogsWithOneId()
    {
        Assert.Throws<InvalidOperationException>(() => new DialogRegistry([new ThreeQuestionsDialog(), new ThreeQuestionsDialog()]));
    }

    [Fact]
    public async Task DialogThatThrows_ApologisesResetsTheStackAndTheNextTurnWorks()
    {
        var state = RuntimeHarness.StateOver(new IepNavigator.Storage.Memory.MemoryDocumentStore());
        var messages = new IepNavigator.Dialogs.Content.MessageCatalog();
        var runner = new DialogRunner(
            new DialogRegistry([new FailingOnBoomDialog()]), state, [],
            messages, Microsoft.Extensions.Logging.Abstractions.NullLogger<DialogRunner>.Instance, FailingOnBoomDialog.DialogId);
        var client = new DialogTestClient((turn, ct) => runner.RunAsync(turn, ct));
        await client.SendAsync("hi");

        var replies = await client.SendAsync("boom");

        Assert.Contains("something went wrong on my side", replies.Joined());
        Assert.Equal("waiting", (await client.SendAsync("hi again"))[^1].Text);
    }

    /// <summary>Waits for messages and throws on "boom", as a bug in a flow would.</summary>
    private sealed class FailingOnBoomDialog() : Dialog(DialogId)
    {
        public const string DialogId = "test.failing";

        public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
        {
            await dc.Context.SendActivityAsync("waiting", cancellationToken: cancellationToken);
            return DialogTurnResult.Waiting;
        }

        public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
            dc.Context.Activity.Text == "boom" ? throw new InvalidOperationException("a bug") : Task.FromResult(DialogTurnResult.Waiting);
    }
}
