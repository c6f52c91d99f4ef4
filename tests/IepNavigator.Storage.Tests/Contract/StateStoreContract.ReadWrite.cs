using Newtonsoft.Json.Linq;

namespace IepNavigator.Storage.Tests.Contract;

public abstract partial class StateStoreContract
{
    [Fact]
    public async Task Write_NestedObjectWithUnicode_ReadsBackEqual()
    {
        var key = NewKey();
        var note = new CaseNote
        {
            ChildNickname = "Zoë 李 \U0001F600 שָׁלוֹם \"quoted\" back\\slash \u0000 nul",
            Grade = 3,
            RequestedOn = new DateTimeOffset(2026, 9, 14, 8, 30, 0, TimeSpan.FromHours(-5)),
            Events = [new CaseEvent { Kind = "evaluation-request", On = new DateOnly(2026, 9, 14), Hours = 1.25m }, new CaseEvent { Kind = "consent" }],
            Answers = { ["school-said"] = "él no califica", ["unknown"] = null },
        };

        await Store.WriteAsync(new Dictionary<string, object> { [key] = note });
        var read = (await ReadOneAsync(key))!.ToObject<CaseNote>()!;

        Assert.Equal(note.ChildNickname, read.ChildNickname);
        Assert.Equal(note.Grade, read.Grade);
        Assert.Equal(note.RequestedOn, read.RequestedOn);
        Assert.Equal(note.RequestedOn.Offset, read.RequestedOn.Offset);
        Assert.Equal(2, read.Events.Count);
        Assert.Equal(new DateOnly(2026, 9, 14), read.Events[0].On);
        Assert.Equal(1.25m, read.Events[0].Hours);
        Assert.Null(read.Events[1].Hours);
        Assert.Equal("él no califica", read.Answers["school-said"]);
        Assert.True(read.Answers.ContainsKey("unknown"));
        Assert.Equal(note.ETag, read.ETag);
    }

    [Fact]
    public async Task Write_CreateOnly_CreatesAMissingKey_ButConflictsWhenAnotherWriterCreatedItFirst()
    {
        // Two first turns of a new parent on two hosts: the second must not silently replace the first.
        var key = NewKey();
        var first = new JObject { ["answer"] = "apple", ["eTag"] = SqlStateStore.CreateOnlyETag };
        await Store.WriteAsync(new Dictionary<string, object> { [key] = first });
        Assert.NotEqual(SqlStateStore.CreateOnlyETag, (string?)first["eTag"]);

        var racer = new JObject { ["answer"] = "pear", ["eTag"] = SqlStateStore.CreateOnlyETag };
        var other = NewKey();
        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            Store.WriteAsync(new Dictionary<string, object> { [other] = new JObject { ["n"] = 1 }, [key] = racer }));

        Assert.Equal("apple", (string?)(await ReadOneAsync(key))!["answer"]);
        Assert.Empty(await Store.ReadAsync([other])); // all or nothing: the other key of the losing write is not there
    }

    [Fact]
    public async Task Read_MissingKeys_ReturnsOnlyStoredOnes()
    {
        var stored = NewKey();
        await Store.WriteAsync(new Dictionary<string, object> { [stored] = new JObject { ["n"] = 1 } });

        var items = await Store.ReadAsync([stored, NewKey(), NewKey("conversations")]);

        Assert.Equal([stored], items.Keys);
        Assert.Empty(await Store.ReadAsync([]));
    }

    [Fact]
    public async Task Write_EachWrite_GetsANewETagThatReadsReturn()
    {
        var key = NewKey();
        var item = new JObject { ["n"] = 1 };
        await Store.WriteAsync(new Dictionary<string, object> { [key] = item });
        var first = ETagOf((await ReadOneAsync(key))!);

        item["n"] = 2;
        await Store.WriteAsync(new Dictionary<string, object> { [key] = item });
        var second = await ReadOneAsync(key);

        Assert.NotEqual(first, ETagOf(second!));
        Assert.Equal(2, second!.Value<int>("n"));
        Assert.Equal(ETagOf(second), item.Value<string>("eTag"));
    }

    [Fact]
    public async Task Write_StaleETag_ThrowsAndKeepsTheNewerValue()
    {
        var key = NewKey();
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["n"] = 1 } });
        var loadedByA = (await ReadOneAsync(key))!;
        var loadedByB = (await ReadOneAsync(key))!;

        loadedByA["n"] = 2;
        await Store.WriteAsync(new Dictionary<string, object> { [key] = loadedByA });
        loadedByB["n"] = 3;
        var conflict = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Store.WriteAsync(new Dictionary<string, object> { [key] = loadedByB }));

        Assert.Equal(key, conflict.Key);
        Assert.Equal(2, (await ReadOneAsync(key))!.Value<int>("n"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task Write_WildcardOrMissingETag_OverwritesAnyVersion(string? etag)
    {
        var key = NewKey();
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new CaseNote { Grade = 1 } });
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new CaseNote { Grade = 2 } });

        await Store.WriteAsync(new Dictionary<string, object> { [key] = new CaseNote { Grade = 7, ETag = etag } });

        Assert.Equal(7, (await ReadOneAsync(key))!.Value<int>("Grade"));
    }

    [Fact]
    public async Task Write_NewKeyWithASpecificETag_Throws()
    {
        var key = NewKey();

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Store.WriteAsync(new Dictionary<string, object> { [key] = new CaseNote { ETag = "not-a-real-etag" } }));

        Assert.Null(await ReadOneAsync(key));
    }

    [Fact]
    public async Task Write_AfterTheKeyWasDeleted_ThrowsForTheOldETag()
    {
        var key = NewKey();
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["n"] = 1 } });
        var loaded = (await ReadOneAsync(key))!;
        await Store.DeleteAsync([key]);

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Store.WriteAsync(new Dictionary<string, object> { [key] = loaded }));

        Assert.Null(await ReadOneAsync(key));
    }

    [Fact]
    public async Task Write_PascalCaseETagInADictionary_IsChecked()
    {
        var key = NewKey();
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["n"] = 1 } });
        var stale = new Dictionary<string, object?> { ["ETag"] = "stale", ["n"] = 2 };

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Store.WriteAsync(new Dictionary<string, object> { [key] = stale }));

        var current = new Dictionary<string, object?> { ["ETag"] = ETagOf((await ReadOneAsync(key))!), ["n"] = 3 };
        await Store.WriteAsync(new Dictionary<string, object> { [key] = current });
        Assert.Equal(3, (await ReadOneAsync(key))!.Value<int>("n"));
    }

    [Fact]
    public async Task Write_SeveralItemsWithOneStale_StoresNoneOfThem()
    {
        var user = NewKey();
        var conversation = NewKey("conversations");
        await Store.WriteAsync(new Dictionary<string, object> { [user] = new JObject { ["n"] = 1 }, [conversation] = new JObject { ["n"] = 1 } });
        var loadedUser = (await ReadOneAsync(user))!;
        await Store.WriteAsync(new Dictionary<string, object> { [conversation] = new JObject { ["n"] = 2 } });

        loadedUser["n"] = 5;
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Store.WriteAsync(new Dictionary<string, object>
        {
            [user] = loadedUser,
            [conversation] = new JObject { ["n"] = 9, ["eTag"] = "stale" },
        }));

        Assert.Equal(1, (await ReadOneAsync(user))!.Value<int>("n"));
        Assert.Equal(2, (await ReadOneAsync(conversation))!.Value<int>("n"));
    }

    [Fact]
    public async Task Write_ParallelWritersWithTheSameETag_ExactlyOneWins()
    {
        const int writers = 8;
        var key = NewKey("conversations");
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["winner"] = -1 } });
        var etag = ETagOf((await ReadOneAsync(key))!);
        var stores = new List<SqlStateStore>();
        for (var i = 0; i < writers; i++)
        {
            stores.Add(await OpenAsync()); // separate instances, like separate web hosts
        }

        var attempts = stores.Select((store, writer) => Task.Run(async () =>
        {
            try
            {
                await store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["winner"] = writer, ["eTag"] = etag } });
                return writer;
            }
            catch (StorageConcurrencyException)
            {
                return -1;
            }
        }));
        var winners = (await Task.WhenAll(attempts)).Where(writer => writer >= 0).ToList();

        var winner = Assert.Single(winners);
        Assert.Equal(winner, (await ReadOneAsync(key))!.Value<int>("winner"));
    }

    [Fact]
    public async Task Write_ParallelTwoKeyTurnsFromTheSameRead_OneTurnWinsBothKeys()
    {
        const int writers = 6;
        string[] keys = [NewKey(), NewKey("conversations")];
        await Store.WriteAsync(keys.ToDictionary(key => key, object (_) => new JObject { ["winner"] = -1 }));
        var loaded = await Store.ReadAsync(keys);
        var stores = new List<SqlStateStore>();
        for (var i = 0; i < writers; i++)
        {
            stores.Add(await OpenAsync());
        }

        var attempts = stores.Select((store, writer) => Task.Run(async () =>
        {
            var changes = loaded.ToDictionary(
                item => item.Key,
                object (item) => new JObject { ["winner"] = writer, ["eTag"] = ((JObject)item.Value)["eTag"] });
            try
            {
                await store.WriteAsync(changes);
                return writer;
            }
            catch (StorageConcurrencyException)
            {
                return -1;
            }
        }));
        var winners = (await Task.WhenAll(attempts)).Where(writer => writer >= 0).ToList();

        var winner = Assert.Single(winners);
        Assert.All(await Store.ReadAsync(keys), item => Assert.Equal(winner, ((JObject)item.Value).Value<int>("winner")));
    }

    [Fact]
    public async Task Restart_NewInstanceOnTheSameDatabase_ReadsWhatWasWritten()
    {
        var key = NewKey();
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new CaseNote { ChildNickname = "Sam", Grade = 4 } });
        var etag = ETagOf((await ReadOneAsync(key))!);
        await Store.DisposeAsync();

        var restarted = await OpenAsync();
        var read = (await ReadOneAsync(key, restarted))!;

        Assert.Equal("Sam", read.Value<string>("ChildNickname"));
        Assert.Equal(etag, ETagOf(read));
        Assert.Equal(1, await restarted.CountKeysAsync());
    }

    [Fact]
    public async Task Delete_MissingOrAlreadyDeletedKeys_Succeeds()
    {
        var key = NewKey();
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["n"] = 1 } });

        await Store.DeleteAsync([key, NewKey()]);
        await Store.DeleteAsync([key]);

        Assert.Equal(0, await Store.CountKeysAsync());
    }
}
