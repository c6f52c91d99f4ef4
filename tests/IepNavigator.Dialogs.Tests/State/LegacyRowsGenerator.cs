using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Goals;
using IepNavigator.Dialogs.Tests.Letters;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Tests.Triage;
using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge;
using IepNavigator.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace IepNavigator.Dialogs.Tests.State;

/// <summary>
/// One-off: drives the bot of this commit (CaseBook/CaseRecord with JObject facts, BotState) through a rich case and
/// writes the two stored rows it leaves, decrypted, to State/StoredRows/. Run once with
/// IEPNAV_WRITE_LEGACY_ROWS=&lt;folder&gt;; the rows are test data for the typed case that replaces this model.
/// </summary>
public sealed class LegacyRowsGenerator(ITestOutputHelper output)
{
    [Fact]
    public async Task WriteLegacyRows()
    {
        var folder = Environment.GetEnvironmentVariable("IEPNAV_WRITE_LEGACY_ROWS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }
        var path = Path.Combine(Path.GetTempPath(), $"legacy-rows-{Guid.NewGuid():N}.db");
        using var storage = new SqliteStorage(path, new EphemeralDataProtectionProvider());
        var clock = FlowHarness.NewClock();
        var knowledge = new ServiceCollection().AddKnowledge().BuildServiceProvider();
        var advisor = knowledge.GetRequiredService<IAdvisor>();
        var handOff = new FakeHandOff(advisor, clock);
        using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IStorage>(storage)
            .AddSingleton(new UserState(storage))
            .AddSingleton(new ConversationState(storage))
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(advisor)
            .AddSingleton(knowledge.GetRequiredService<IepNavigator.Knowledge.Letters.ILetterCatalogue>())
            .AddSingleton<ILetterLinkIssuer>(new RecordingLinkIssuer())
            .AddSingleton<IChartLinkIssuer>(new RecordingChartLinks())
            .AddSingleton<IAdvocateHandOff>(handOff)
            .AddDialogs()
            .AddLetterConversation()
            .AddGoalConversation()
            .AddTriageConversation()
            .BuildServiceProvider();
        var bot = services.GetRequiredService<IBot>();
        var client = new DialogTestClient(bot.OnTurnAsync, "parent-legacy", "conversation-legacy");

        string[] script =
        [
            // Sam: worried about reading and math; a "hasn't happened", yes/no answers, an "I don't know", the state.
            "I'm worried about my son's reading and math",
            "I haven't asked yet", "no", "I don't know",
            "what else?", "what else?", "Washington", "no",
            // The evaluation request letter: every shared field, then "I sent it".
            "Draft the letter",
            "Sam Rivera", "March 4, 2017", "Lincoln Elementary", "3rd", "Ana Rivera", "ana@example.org", "Dr. Lee", "Director of Special Education",
            "I sent it today by email",
            "the school answered", "They sent the consent form.",
            "review",
            "done", "I don't know",
            // A second child with an IEP in place, goals tracked with a data point.
            "add a child", "Maya",
            "the IEP isn't working", "Yes, some progress", "yes", "yes",
            "Check my IEP goals",
            GoalConversationTests.ReadingGoal + "\n\n" + GoalConversationTests.VagueGoal,
            "Track progress on a goal", "1", "November 1, 2026", "last Monday", "58", "Progress report", "No", "Show my next steps",
            // A discipline story for Maya: a count.
            "she got suspended again", "12", "No, nothing like that", "no",
            // The hand-off, left waiting at a prompt with a draft in the frame.
            "talk to an advocate", "Yes, share it", "Email", "ana@example.org",
        ];
        foreach (var line in script)
        {
            output.WriteLine("> " + line.Replace("\n", " ", StringComparison.Ordinal));
            foreach (var reply in await client.SendAsync(line))
            {
                output.WriteLine("  < " + (reply.Text ?? "").Replace("\n", " ", StringComparison.Ordinal)[..Math.Min(160, (reply.Text ?? "").Length)]
                    + (reply.SuggestedActions?.Actions is { Count: > 0 } a ? " [" + string.Join(" | ", a.Select(x => x.Title)) + "]" : ""));
            }
        }

        Directory.CreateDirectory(folder);
        var keys = new[] { "test/users/parent-legacy", "test/conversations/conversation-legacy" };
        var items = await storage.ReadAsync(keys);
        foreach (var (key, name) in keys.Zip(["user-state.json", "conversation-state.json"]))
        {
            var json = (JObject)items[key];
            json.Remove("eTag");
            await File.WriteAllTextAsync(Path.Combine(folder, name), json.ToString(Newtonsoft.Json.Formatting.Indented) + "\n");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}
