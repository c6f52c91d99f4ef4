using System.Text;
using IepNavigator.Storage.Access;

namespace IepNavigator.Storage.Tests.Access;

/// <summary>What every user-access store must do; one derived class per database. Each store object is one host instance.</summary>
public abstract class UserAccessStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 11, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);
    private static readonly DateTimeOffset In90Days = Now.AddDays(90);

    /// <summary>A new store object over the same database, as another instance (or the same one after a restart).</summary>
    protected abstract IUserAccessStore OpenStore();

    /// <summary>Every stored value of both tables, as a backup or a database reader would see them.</summary>
    protected abstract Task<byte[]> RawBytesAtRestAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task IssuedKey_NamesItsUser_OnAnotherInstance_AndIsUsedUpThere()
    {
        var key = await OpenStore().IssueUserKeyAsync("dl_parent", Now, In90Days);

        var redeemed = await OpenStore().RedeemUserKeyAsync(key, Now.AddDays(3), Grace);

        Assert.Equal(new UserKeyRedemption(UserKeyOutcome.Redeemed, "dl_parent"), redeemed);
    }

    [Fact]
    public async Task UsedKey_WithinTheGrace_StillNamesItsUser_AfterIt_RevokesEveryKeyOfTheUser()
    {
        var store = OpenStore();
        var stolen = await store.IssueUserKeyAsync("dl_parent", Now, In90Days);
        Assert.Equal(UserKeyOutcome.Redeemed, (await store.RedeemUserKeyAsync(stolen, Now, Grace)).Outcome);
        var next = await store.IssueUserKeyAsync("dl_parent", Now, In90Days);
        var neighbour = await store.IssueUserKeyAsync("dl_neighbour", Now, In90Days);

        Assert.Equal(new UserKeyRedemption(UserKeyOutcome.Redeemed, "dl_parent"), await store.RedeemUserKeyAsync(stolen, Now + Grace, Grace));
        Assert.Equal(new UserKeyRedemption(UserKeyOutcome.Replayed, null), await OpenStore().RedeemUserKeyAsync(stolen, Now + Grace + TimeSpan.FromSeconds(1), Grace));

        Assert.Equal(UserKeyOutcome.Unknown, (await store.RedeemUserKeyAsync(next, Now.AddMinutes(5), Grace)).Outcome);
        Assert.Equal(new UserKeyRedemption(UserKeyOutcome.Redeemed, "dl_neighbour"), await store.RedeemUserKeyAsync(neighbour, Now.AddMinutes(5), Grace));
    }

    [Fact]
    public async Task FreshKey_PresentedByManyRequestsAtOnce_NamesItsUserForEach()
    {
        var key = await OpenStore().IssueUserKeyAsync("dl_two_tabs", Now, In90Days);
        var stores = Enumerable.Range(0, 4).Select(_ => OpenStore()).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => stores[i % stores.Count].RedeemUserKeyAsync(key, Now, Grace))));

        Assert.All(results, r => Assert.Equal(new UserKeyRedemption(UserKeyOutcome.Redeemed, "dl_two_tabs"), r));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("never-issued-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task KeyNeverIssued_IsUnknown(string? key)
    {
        Assert.Equal(new UserKeyRedemption(UserKeyOutcome.Unknown, null), await OpenStore().RedeemUserKeyAsync(key, Now, Grace));
    }

    [Fact]
    public async Task OverlongKey_IsUnknown_WithoutTouchingTheTables()
    {
        Assert.Equal(UserKeyOutcome.Unknown, (await OpenStore().RedeemUserKeyAsync(new string('k', 100_000), Now, Grace)).Outcome);
    }

    [Fact]
    public async Task ExpiredKey_IsUnknown_AndRetentionRemovesIt()
    {
        var store = OpenStore();
        var key = await store.IssueUserKeyAsync("dl_gone_quiet", Now, Now.AddDays(1));
        var live = await store.IssueUserKeyAsync("dl_active", Now, In90Days);

        Assert.Equal(UserKeyOutcome.Unknown, (await store.RedeemUserKeyAsync(key, Now.AddDays(1), Grace)).Outcome);
        Assert.Equal(1, await store.DeleteExpiredUserKeysAsync(Now.AddDays(2)));
        Assert.Equal("dl_active", (await store.RedeemUserKeyAsync(live, Now.AddDays(2), Grace)).UserId);
    }

    [Fact]
    public async Task RevokedKeys_AreUnknownOnEveryInstance_AndOnlyThatUsersGo()
    {
        var store = OpenStore();
        var first = await store.IssueUserKeyAsync("dl_deleting", Now, In90Days);
        var second = await store.IssueUserKeyAsync("dl_deleting", Now, In90Days);
        var other = await store.IssueUserKeyAsync("dl_staying", Now, In90Days);

        Assert.Equal(2, await OpenStore().RevokeUserKeysAsync("dl_deleting"));

        Assert.Equal(UserKeyOutcome.Unknown, (await store.RedeemUserKeyAsync(first, Now, Grace)).Outcome);
        Assert.Equal(UserKeyOutcome.Unknown, (await OpenStore().RedeemUserKeyAsync(second, Now, Grace)).Outcome);
        Assert.Equal("dl_staying", (await store.RedeemUserKeyAsync(other, Now, Grace)).UserId);
    }

    [Fact]
    public async Task Keys_AreStoredOnlyAsHashes()
    {
        var key = await OpenStore().IssueUserKeyAsync("dl_hashed", Now, In90Days);

        var raw = Encoding.UTF8.GetString(await RawBytesAtRestAsync());
        Assert.DoesNotContain(key, raw, StringComparison.Ordinal);
        Assert.Contains(AccessSecrets.Hash(key), raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataGeneration_StartsAtZero_AndEachDeletionAdvancesIt_ForEveryInstance()
    {
        var store = OpenStore();
        Assert.Equal(0, await store.GetDataGenerationAsync("msteams/29:parent"));
        Assert.Equal(0, store.GetDataGeneration("msteams/29:parent"));

        Assert.Equal(1, await OpenStore().AdvanceDataGenerationAsync("msteams/29:parent"));
        Assert.Equal(2, await OpenStore().AdvanceDataGenerationAsync("msteams/29:parent"));

        Assert.Equal(2, await store.GetDataGenerationAsync("msteams/29:parent"));
        Assert.Equal(2, store.GetDataGeneration("msteams/29:parent"));
        Assert.Equal(0, await store.GetDataGenerationAsync("msteams/29:someone-else"));
    }

    [Fact]
    public async Task DataGeneration_AdvancedConcurrently_CountsEveryAdvance()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => OpenStore()).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => stores[i % stores.Count].AdvanceDataGenerationAsync("directline/dl_race"))));

        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), results.Order());
    }

    [Fact]
    public async Task DataGeneration_OutlivesTheDeletion_WithoutNamingTheOwner()
    {
        await OpenStore().AdvanceDataGenerationAsync("directline/dl_canary_owner_7c1");

        var raw = Encoding.UTF8.GetString(await RawBytesAtRestAsync());
        Assert.DoesNotContain("dl_canary_owner_7c1", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_IsIdempotent_AcrossInstances()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenStore().InitializeAsync()));
        await OpenStore().InitializeAsync();
        Assert.Equal(0, await OpenStore().GetDataGenerationAsync("nobody/yet"));
    }
}
