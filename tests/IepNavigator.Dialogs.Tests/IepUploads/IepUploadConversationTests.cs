using System.Text;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.IepUploads;
using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Goals;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.IepReading.Corpus;
using IepNavigator.Knowledge;
using IepNavigator.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.IepUploads;

/// <summary>
/// A parent sends the IEP they hold into the chat, as the host composes the bot (dialogs, goal tracker, letters, the
/// upload): the explanation comes back, the facts land in the case, the plan says what changed, the unsure items are
/// asked, the goals go to the tracker, and nothing of the file is stored. The file comes from a fake source (the host's
/// Direct Line store and Teams download are tested in Web.Tests).
/// </summary>
public sealed class IepUploadConversationTests : IDisposable
{
    private static readonly Lazy<ServiceProvider> Knowledge = new(() => new ServiceCollection().AddKnowledge().BuildServiceProvider());
    private readonly ServiceProvider _services;
    private readonly MemoryDocumentStore _storage = new();
    private readonly FakeFiles _files = new();

    public IepUploadConversationTests()
    {
        Clock = FlowHarness.NewClock();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IepNavigator.Storage.IStateDocumentStore>(_storage)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(Knowledge.Value.GetRequiredService<IAdvisor>())
            .AddSingleton(Knowledge.Value.GetRequiredService<IepNavigator.Knowledge.Letters.ILetterCatalog>())
            .AddSingleton<IChartLinkIssuer>(new RecordingChartLinks())
            .AddSingleton<ILetterLinkIssuer>(new RecordingLetterLinks())
            .AddSingleton<IAttachmentSource>(_files)
            .AddDialogs()
            .AddGoalConversation()
            .AddLetterConversation()
            .AddIepUploadConversation()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private FakeTimeProvider Clock { get; }

    public void Dispose() => _services.Dispose();

    private DialogTestClient Client(string locale = "en-US") => new(_services.GetRequiredService<IBot>().OnTurnAsync, locale: locale);

    /// <summary>A message carrying only the file, as Web Chat's paper-clip posts it over the embedded Direct Line.</summary>
    private Activity Upload(DialogTestClient client, string document, string? text = null)
    {
        var file = CorpusDocuments.Get(document);
        _files.Files["abc123"] = file.File;
        var activity = client.MakeActivity(text);
        activity.Attachments =
        [
            new Attachment(file.FileName.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "https://navigator.example/v3/directline/attachments/abc123", name: file.FileName),
        ];
        return activity;
    }

    private static JObject Facts(IMessageActivity reply) =>
        (JObject)((JObject)reply.ChannelData)["iepNavigator"]!["facts"]!;

    [Fact]
    public async Task An_iep_sent_first_thing_is_explained_its_facts_land_in_the_case_and_the_unsure_and_the_goals_are_asked()
    {
        var client = Client();
        var replies = await client.SendAsync(Upload(client, "01-lincoln-table"));
        var said = replies.Joined();

        // The explanation: overview, per-section summaries with the questions for the team, in a few messages, not one wall.
        Assert.Contains("I read Eli's IEP", said, StringComparison.Ordinal);
        Assert.Contains("**Annual goals**: 3 annual goals; 3 of them can be measured as written.", said, StringComparison.Ordinal);
        Assert.Contains("Speech-Language Therapy: 30 minutes, once a week", said, StringComparison.Ordinal);
        Assert.Contains("Ask the team:", said, StringComparison.Ordinal);
        Assert.All(replies, r => Assert.True((r.Text ?? "").Length <= 2000, "each message is short enough to read on a phone"));
        Assert.InRange(replies.Count, 3, 10);
        // The facts the IEP states go into the case; the plan names what it gained.
        Assert.Contains("Noted from the IEP:", said, StringComparison.Ordinal);
        Assert.Contains("your first next steps:", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Where you are", said, StringComparison.Ordinal);
        var facts = Facts(replies[^1]);
        Assert.Equal("2026-10-14", (string?)facts["lastIepReviewOn"]);
        Assert.Equal("2025-03-02", (string?)facts["lastEvaluationOn"]);
        Assert.Equal("iep-in-place", (string?)facts["stage"]);
        // Progress reports: the IEP promises them, only the parent knows whether they come. Not laid until confirmed.
        Assert.Null(facts["hasProgressReports"]);
        Assert.Contains("Do you get these reports?", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["Yes", "No", "I don't know"], replies[^1].Buttons());
        Assert.Equal(1, _files.Fetches);

        replies = await client.SendAsync("no");
        Assert.Equal(false, (bool?)Facts(replies[^1])["hasProgressReports"]);
        // Then the goals are offered to the tracker.
        Assert.Contains("I found 3 goal(s)", replies[^1].Text, StringComparison.Ordinal);

        replies = await client.SendAsync("Add them to the tracker");
        Assert.Contains("Goal 1", replies.Joined(), StringComparison.Ordinal);

        // Nothing of the file is stored: not its bytes, not the text beside the goals (present levels), not its name.
        var stored = await StoredTextAsync();
        Assert.DoesNotContain("%PDF", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("guesses at multisyllabic words", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(CorpusDocuments.Get("01-lincoln-table").FileName, stored, StringComparison.Ordinal);
        // Only the goals' text is kept, in the tracker's list.
        Assert.Contains("will read aloud at 90 words correct per minute", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_iep_reruns_the_plan_and_says_which_steps_are_new()
    {
        var client = Client();
        await client.SendAsync(Upload(client, "01-lincoln-table"));
        await client.SendAsync("I don't know");
        var replies = await client.SendAsync("Not now");
        Assert.Contains("check my goals", replies.Joined(), StringComparison.Ordinal);

        // A newer IEP whose review is overdue: the review date moves and the plan gains the meeting request.
        replies = await client.SendAsync(Upload(client, "10-birch-minimal"));
        var said = replies.Joined();
        Assert.Contains("your next steps changed. New:", said, StringComparison.Ordinal);
        var facts = Facts(replies[^1]);
        Assert.NotEqual("2026-10-14", (string?)facts["lastIepReviewOn"]);
    }

    [Fact]
    public async Task A_spanish_iep_in_a_spanish_chat_is_explained_in_spanish_and_its_dates_land_in_the_case()
    {
        var client = Client("es-US");
        var replies = await client.SendAsync(Upload(client, "07-valley-spanish"));
        var said = replies.Joined();
        Assert.Contains("Leí el IEP (Programa de Educación Individualizado) de Sofía", said, StringComparison.Ordinal);
        Assert.Contains("Anotado del IEP", said, StringComparison.Ordinal);
        Assert.Contains("Pregunte al equipo:", said, StringComparison.Ordinal);
        Assert.DoesNotContain("I read", said, StringComparison.Ordinal);
        var facts = Facts(replies[^1]);
        Assert.Equal("2026-10-14", (string?)facts["lastIepReviewOn"]);
        Assert.Equal("2024-09-20", (string?)facts["lastEvaluationOn"]);
    }

    [Fact]
    public async Task A_scan_mid_conversation_gets_the_plain_sentence_and_the_open_question_again()
    {
        var client = Client();
        var before = await client.SendAsync("hi");
        var question = before[^1].Text;
        var awaiting = ((JObject)before[^1].ChannelData)["iepNavigator"]?["awaiting"]?.ToString();

        var replies = await client.SendAsync(Upload(client, "09-oak-scanned"));
        Assert.Contains("This looks like a scan", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(question, replies[^1].Text);
        Assert.Equal(awaiting, ((JObject)replies[^1].ChannelData)["iepNavigator"]?["awaiting"]?.ToString());
        Assert.Null(Facts(replies[^1])["lastIepReviewOn"]);
    }

    [Fact]
    public async Task A_file_that_is_not_an_iep_is_refused_plainly_and_one_that_is_gone_is_said_so()
    {
        var client = Client();
        _files.Files["abc123"] = Encoding.UTF8.GetBytes("just some notes, not a PDF or a Word file");
        var activity = client.MakeActivity();
        activity.Attachments = [new Attachment("text/plain", "https://navigator.example/v3/directline/attachments/abc123", name: "notes.txt")];
        var replies = await client.SendAsync(activity);
        Assert.Contains("I can read a PDF or a Word file (.docx)", replies.Joined(), StringComparison.Ordinal);

        // The same link again: the source handed the file out once and no longer has it.
        replies = await client.SendAsync(activity);
        Assert.Contains("I could not open that file", replies.Joined(), StringComparison.Ordinal);
    }

    private async Task<string> StoredTextAsync()
    {
        var rows = await _storage.ReadDocumentsAsync(_storage.Keys);
        return string.Join("\n", rows.Where(r => r.IsReadable).Select(r => Encoding.UTF8.GetString(r.Utf8Json!)));
    }

    /// <summary>Stands in for the host's Direct Line store: hands a file out once, then it is gone.</summary>
    private sealed class FakeFiles : IAttachmentSource
    {
        public Dictionary<string, byte[]> Files { get; } = [];
        public int Fetches { get; private set; }

        public Task<AttachmentFetch> FetchAsync(Attachment attachment, int maxBytes, CancellationToken cancellationToken)
        {
            Fetches++;
            var id = attachment.ContentUrl?.Split('/')[^1] ?? "";
            return Task.FromResult(Files.Remove(id, out var bytes)
                ? bytes.Length > maxBytes ? AttachmentFetch.TooLarge : AttachmentFetch.Of(bytes)
                : AttachmentFetch.Unavailable);
        }
    }
}
