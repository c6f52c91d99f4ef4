using Newtonsoft.Json.Linq;

namespace IepNavigator.Storage.Tests.Contract;

public abstract partial class StateStoreContract
{
    [Fact]
    public async Task DeleteUserData_RemovesExactlyThatUsersKeys()
    {
        const string user = "u-42";
        string[] removed =
        [
            $"webchat/users/{user}",
            $"msteams/users/{user}",
            $"webchat/users/{user}/letters",
            $"msteams/conversations/group-1/users/{user}",
            "webchat/conversations/c-1",
            "webchat/conversations/c-1/users/u-42",
        ];
        string[] kept =
        [
            "webchat/users/u-420",
            "webchat/users/U-42",
            "webchat/users/x-u-42",
            "msteams/conversations/group-1",
            "webchat/conversations/c-10",
            "webchat/conversations/c-2",
            "webchat/conversations/c-2/users/someone-else",
        ];
        await Store.WriteAsync(removed.Concat(kept).ToDictionary(key => key, object (_) => new JObject { ["n"] = 1 }));

        var deleted = await Store.DeleteUserDataAsync(user, ["c-1"]);

        Assert.Equal(removed.Length, deleted);
        Assert.Equal(kept.Order(StringComparer.Ordinal), (await Store.ReadAsync([.. removed, .. kept])).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteByPrefix_IsLiteralAndCaseSensitive()
    {
        string[] removed = ["webchat/users/a_b%/one", "webchat/users/a_b%/two"];
        string[] kept = ["webchat/users/axb%/one", "webchat/users/a_bX/one", "webchat/users/A_B%/one", "webchat/users/a_b"];
        await Store.WriteAsync(removed.Concat(kept).ToDictionary(key => key, object (_) => new JObject()));

        var deleted = await Store.DeleteByPrefixAsync("webchat/users/a_b%/");

        Assert.Equal(2, deleted);
        Assert.Equal(kept.Length, await Store.CountKeysAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteByPrefixAsync(""));
    }

    [Fact]
    public async Task CountKeys_CountsAllOrThoseWithAPrefix()
    {
        await Store.WriteAsync(new Dictionary<string, object>
        {
            ["webchat/users/1"] = new JObject(),
            ["webchat/users/2"] = new JObject(),
            ["webchat/conversations/1"] = new JObject(),
        });

        Assert.Equal(3, await Store.CountKeysAsync());
        Assert.Equal(2, await Store.CountKeysAsync("webchat/users/"));
        Assert.Equal(0, await Store.CountKeysAsync("msteams/"));
    }

    [Fact]
    public async Task DeleteIdle_RemovesOnlyKeysNotWrittenForThatLong()
    {
        await Store.WriteAsync(new Dictionary<string, object> { ["webchat/users/abandoned"] = new JObject(), ["webchat/users/active"] = new JObject() });
        Clock.Advance(TimeSpan.FromDays(100));
        await Store.WriteAsync(new Dictionary<string, object> { ["webchat/users/active"] = new JObject(), ["webchat/users/new"] = new JObject() });
        Clock.Advance(TimeSpan.FromDays(1));

        var deleted = await Store.DeleteIdleAsync(TimeSpan.FromDays(90));

        Assert.Equal(1, deleted);
        Assert.Equal(["webchat/users/active", "webchat/users/new"], (await Store.ReadAsync(["webchat/users/abandoned", "webchat/users/active", "webchat/users/new"])).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CanConnect_TrueForAWorkingStoreAndFalseForAnUnreachableOne()
    {
        Assert.True(await Store.CanConnectAsync());

        await using var unreachable = CreateUnreachableStore();
        Assert.False(await unreachable.CanConnectAsync());
    }

    [Fact]
    public async Task Read_GarbageRow_ThrowsNamingTheKeyAndLeavesOtherKeysReadable()
    {
        var garbage = NewKey();
        var array = NewKey();
        var healthy = NewKey();
        await InsertRawRowAsync(garbage, "{\"half\": [1, 2");
        await InsertRawRowAsync(array, "[1, 2, 3]");
        await Store.WriteAsync(new Dictionary<string, object> { [healthy] = new JObject { ["n"] = 1 } });

        var error = await Assert.ThrowsAsync<StoredItemUnreadableException>(() => Store.ReadAsync([healthy, garbage]));
        var notAnObject = await Assert.ThrowsAsync<StoredItemUnreadableException>(() => Store.ReadAsync([array]));

        Assert.Equal(garbage, error.Key);
        Assert.Contains(garbage, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("half", error.Message, StringComparison.Ordinal);
        Assert.Equal(array, notAnObject.Key);
        Assert.NotNull(await ReadOneAsync(healthy));
        await Store.DeleteAsync([garbage, array]);
        Assert.Equal(1, await Store.CountKeysAsync());
    }

    [Fact]
    public async Task Write_ValueThatIsNotAJsonObject_IsRefusedWithTheKey()
    {
        var key = NewKey();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(new Dictionary<string, object> { [key] = "just text" }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Store.CountKeysAsync());
    }
}
