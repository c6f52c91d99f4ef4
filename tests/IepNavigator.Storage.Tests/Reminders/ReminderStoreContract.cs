using IepNavigator.Storage.Reminders;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Storage.Tests.Reminders;

/// <summary>What every reminder store must do; one derived class per database.</summary>
public abstract partial class ReminderStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 11, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The key ring every store of one test shares, as the hosts of one deployment do.</summary>
    protected EphemeralDataProtectionProvider Protection { get; } = new();

    /// <summary>A new store object over the same database, as after a host restart (payloads encrypted).</summary>
    protected IReminderStore OpenStore() => OpenStore(Protection);

    /// <summary>A new store object over the same database with the key ring <paramref name="protection"/>.</summary>
    protected abstract IReminderStore OpenStore(IDataProtectionProvider protection);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Claim_SucceedsOnceThenNeverAgain()
    {
        var store = OpenStore();
        await store.ScheduleAsync(new Reminder("r1", Now.AddDays(-1), "{}"));

        Assert.True(await store.TryClaimAsync("r1", Now));
        Assert.False(await store.TryClaimAsync("r1", Now.AddMinutes(1)));
        Assert.Equal(Now, (await store.FindAsync("r1"))!.SentAt);
    }

    [Fact]
    public async Task Claim_OfAnUnknownId_Fails()
    {
        Assert.False(await OpenStore().TryClaimAsync("never-scheduled", Now));
    }

    [Fact]
    public async Task ConcurrentClaims_FromSeveralStores_ExactlyOneWins()
    {
        await OpenStore().ScheduleAsync(new Reminder("race", Now.AddHours(-1), "{}"));
        var stores = Enumerable.Range(0, 4).Select(_ => OpenStore()).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => stores[i % stores.Count].TryClaimAsync("race", Now))));

        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task Restart_KeepsUnsentRemindersDueAndSentOnesSent()
    {
        var before = OpenStore();
        await before.ScheduleAsync(new Reminder("sent", Now.AddDays(-2), "{\"a\":1}"));
        await before.ScheduleAsync(new Reminder("pending", Now.AddDays(-1), "{\"b\":2}"));
        await before.ScheduleAsync(new Reminder("later", Now.AddDays(3), "{}"));
        Assert.True(await before.TryClaimAsync("sent", Now));

        var after = OpenStore();
        var due = await after.FindDueAsync(Now, 10);

        Assert.Equal(["pending"], due.Select(r => r.Id));
        Assert.Equal("{\"b\":2}", due[0].Payload);
        Assert.False(await after.TryClaimAsync("sent", Now));
        Assert.True(await after.TryClaimAsync("pending", Now));
    }

    [Fact]
    public async Task Schedule_AgainMovesAnUnsentReminderButNeverReopensASentOne()
    {
        var store = OpenStore();
        await store.ScheduleAsync(new Reminder("moved", Now.AddDays(5), "{}"));
        await store.ScheduleAsync(new Reminder("moved", Now.AddDays(-1), "{\"v\":2}"));
        await store.ScheduleAsync(new Reminder("done", Now.AddDays(-1), "{}"));
        await store.TryClaimAsync("done", Now);

        await store.ScheduleAsync(new Reminder("done", Now.AddDays(-1), "{}"));

        Assert.Equal(["moved"], (await store.FindDueAsync(Now, 10)).Select(r => r.Id));
        Assert.NotNull((await store.FindAsync("done"))!.SentAt);
    }

    [Fact]
    public async Task FindDue_OldestFirstUpToTheLimit()
    {
        var store = OpenStore();
        await store.ScheduleAsync(new Reminder("b", Now.AddDays(-1), "{}"));
        await store.ScheduleAsync(new Reminder("a", Now.AddDays(-3), "{}"));
        await store.ScheduleAsync(new Reminder("c", Now.AddDays(-2), "{}"));

        Assert.Equal(["a", "c"], (await store.FindDueAsync(Now, 2)).Select(r => r.Id));
    }

    [Fact]
    public async Task Cancel_RemovesOnlyAnUnsentReminder()
    {
        var store = OpenStore();
        await store.ScheduleAsync(new Reminder("answered", Now.AddDays(-1), "{}"));
        await store.ScheduleAsync(new Reminder("delivered", Now.AddDays(-1), "{}"));
        await store.TryClaimAsync("delivered", Now);

        await store.CancelAsync("answered");
        await store.CancelAsync("delivered");
        await store.CancelAsync("answered");

        Assert.Null(await store.FindAsync("answered"));
        Assert.NotNull(await store.FindAsync("delivered"));
    }

    [Fact]
    public async Task DeleteByPrefix_TreatsWildcardsLiterally()
    {
        var store = OpenStore();
        await store.ScheduleAsync(new Reminder("test/users/u_1/x", Now, "{}"));
        await store.ScheduleAsync(new Reminder("test/users/u_1/y", Now, "{}"));
        await store.ScheduleAsync(new Reminder("test/users/ux1/z", Now, "{}"));

        Assert.Equal(2, await store.DeleteByPrefixAsync("test/users/u_1/"));
        Assert.NotNull(await store.FindAsync("test/users/ux1/z"));
    }

    [Fact]
    public async Task DeleteSentBefore_RemovesOnlyOldSentReminders()
    {
        var store = OpenStore();
        await store.ScheduleAsync(new Reminder("old-sent", Now.AddDays(-40), "{}"));
        await store.ScheduleAsync(new Reminder("recent-sent", Now.AddDays(-2), "{}"));
        await store.ScheduleAsync(new Reminder("old-unsent", Now.AddDays(-40), "{}"));
        await store.TryClaimAsync("old-sent", Now.AddDays(-39));
        await store.TryClaimAsync("recent-sent", Now.AddDays(-1));

        Assert.Equal(1, await store.DeleteSentBeforeAsync(Now.AddDays(-30)));
        Assert.Null(await store.FindAsync("old-sent"));
        Assert.NotNull(await store.FindAsync("recent-sent"));
        Assert.NotNull(await store.FindAsync("old-unsent"));
    }

    [Fact]
    public async Task Initialize_TwiceAndConcurrently_IsHarmless()
    {
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => OpenStore().InitializeAsync()));
        await OpenStore().InitializeAsync();

        await OpenStore().ScheduleAsync(new Reminder("after-init", Now, "{}"));
        Assert.NotNull(await OpenStore().FindAsync("after-init"));
    }
}
