using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Storage.Tests.Contract;

public abstract partial class StateStoreContract
{
    [Fact]
    public async Task BotState_UserAndConversationState_SurviveANewStorageInstance()
    {
        var adapter = new TestAdapter("webchat");
        var activity = adapter.MakeActivity("I asked for an evaluation in September");
        await adapter.ProcessActivityAsync(activity, async (turn, cancellationToken) =>
        {
            var (userState, conversationState) = (new UserState(Store), new ConversationState(Store));
            await Task.WhenAll(userState.LoadAsync(turn, false, cancellationToken), conversationState.LoadAsync(turn, false, cancellationToken));
            await userState.CreateProperty<CaseNote>("case").SetAsync(turn, new CaseNote { ChildNickname = "Ana", Grade = 2 }, cancellationToken);
            await conversationState.CreateProperty<int>("turns").SetAsync(turn, 1, cancellationToken);
            await conversationState.CreateProperty<List<string>>("stack").SetAsync(turn, ["evaluation", "ask-date"], cancellationToken);
            await Task.WhenAll(userState.SaveChangesAsync(turn, false, cancellationToken), conversationState.SaveChangesAsync(turn, false, cancellationToken));

            // A second save in the same turn must not trip over the ETag of the first one.
            await conversationState.CreateProperty<int>("turns").SetAsync(turn, 2, cancellationToken);
            await conversationState.SaveChangesAsync(turn, false, cancellationToken);
        }, CancellationToken.None);

        var restarted = await OpenAsync();
        await adapter.ProcessActivityAsync(adapter.MakeActivity("next"), async (turn, cancellationToken) =>
        {
            var (userState, conversationState) = (new UserState(restarted), new ConversationState(restarted));
            await Task.WhenAll(userState.LoadAsync(turn, false, cancellationToken), conversationState.LoadAsync(turn, false, cancellationToken));
            var note = await userState.CreateProperty<CaseNote>("case").GetAsync(turn, () => new CaseNote(), cancellationToken);
            Assert.Equal("Ana", note.ChildNickname);
            Assert.Equal(2, await conversationState.CreateProperty<int>("turns").GetAsync(turn, () => 0, cancellationToken));
            Assert.Equal(["evaluation", "ask-date"], await conversationState.CreateProperty<List<string>>("stack").GetAsync(turn, () => [], cancellationToken));
        }, CancellationToken.None);
        Assert.Equal(2, await restarted.CountKeysAsync());
        Assert.Equal(1, await restarted.CountKeysAsync($"webchat/users/{activity.From.Id}"));
    }

    [Fact]
    public async Task BotState_TwoHostsSavingTheSameConversation_SecondSaveFails()
    {
        var adapter = new TestAdapter("webchat");
        var (first, second) = (adapter.MakeActivity("first"), adapter.MakeActivity("second"));
        (first.ChannelId, second.ChannelId) = ("webchat", "webchat");
        var hostA = new TurnContext(adapter, first);
        var hostB = new TurnContext(adapter, second);
        var seed = new ConversationState(Store);
        await seed.LoadAsync(hostA);
        await seed.CreateProperty<int>("turns").SetAsync(hostA, 1);
        await seed.SaveChangesAsync(hostA);
        var (stateA, stateB) = (new ConversationState(Store), new ConversationState(await OpenAsync()));

        await stateA.LoadAsync(hostA, force: true);
        await stateB.LoadAsync(hostB, force: true);
        await stateA.CreateProperty<int>("turns").SetAsync(hostA, 2);
        await stateB.CreateProperty<int>("turns").SetAsync(hostB, 3);
        await stateA.SaveChangesAsync(hostA);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => stateB.SaveChangesAsync(hostB));
        var stored = (await ReadOneAsync($"webchat/conversations/{hostA.Activity.Conversation.Id}"))!;
        Assert.Equal(2, stored.Value<int>("turns"));
    }

    [Fact]
    public async Task Turn_ReadTwoKeysThenWriteThem_ChainsETagsAndReportsTheMedian()
    {
        const int turns = 200;
        string[] keys = [NewKey(), NewKey("conversations")];
        await Store.WriteAsync(keys.ToDictionary(key => key, object (_) => new JObject { ["turn"] = 0, ["stack"] = new JArray("root") }));
        var timings = new double[turns];

        for (var turn = 1; turn <= turns; turn++)
        {
            var started = Stopwatch.GetTimestamp();
            var items = await Store.ReadAsync(keys);
            foreach (var item in items.Values.Cast<JObject>())
            {
                item["turn"] = turn;
            }

            await Store.WriteAsync(items);
            timings[turn - 1] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(timings);
        Output.WriteLine($"{Store.StoreName}: read 2 keys + write 2 keys, median {timings[turns / 2]:F3} ms, p90 {timings[turns * 9 / 10]:F3} ms over {turns} turns");
        Assert.All(await Store.ReadAsync(keys), item => Assert.Equal(turns, ((JObject)item.Value).Value<int>("turn")));
    }
}
