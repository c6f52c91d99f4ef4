using System.Text;
using IepNavigator.Storage.Reminders;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Storage.Tests.Reminders;

/// <summary>Reminder payloads (a conversation reference with a display name) are encrypted at rest; old plain ones still read.</summary>
public abstract partial class ReminderStoreContract
{
    private const string CanaryName = "Quetzalina Canaryfield";
    private const string ProtectedMarker = "dp1:";

    private static readonly string CanaryPayload =
        $$$"""{"reference":{"channelId":"msteams","user":{"id":"29:canary","name":"{{{CanaryName}}}"},"conversation":{"id":"a:canary-chat"}},"ledger":["records-request"]}""";

    /// <summary>Every byte a backup or a stolen disk would hold for the reminders (file and log, or the table's rows).</summary>
    protected abstract Task<byte[]> RawBytesAtRestAsync();

    protected abstract Task<string> ReadRawPayloadAsync(string id);

    protected abstract Task WriteRawPayloadAsync(string id, string payload);

    /// <summary>Inserts an unsent reminder past the store, as the version before encryption wrote it.</summary>
    protected abstract Task InsertRawAsync(string id, DateTimeOffset dueAt, string payload);

    [Fact]
    public async Task Schedule_DisplayNameNeverReachesTheDatabaseReadable_AndReadsBack()
    {
        var store = OpenStore();
        await store.ScheduleAsync(new Reminder("test/users/canary/r1", Now.AddDays(-1), CanaryPayload));
        await store.ScheduleAsync(new Reminder("test/users/canary/r2", Now.AddDays(3), CanaryPayload));
        await store.ScheduleAsync(new Reminder("test/users/canary/r2", Now.AddDays(2), CanaryPayload + " "));

        var atRest = await RawBytesAtRestAsync();
        Assert.True(atRest.Length > 0);
        AssertAbsent(atRest, CanaryName);
        AssertAbsent(atRest, "Canaryfield");
        AssertAbsent(atRest, "canary-chat");
        Assert.StartsWith(ProtectedMarker, await ReadRawPayloadAsync("test/users/canary/r1"), StringComparison.Ordinal);

        var restarted = OpenStore();
        Assert.Equal(CanaryPayload, Assert.Single(await restarted.FindDueAsync(Now, 10)).Payload);
        Assert.Equal(CanaryPayload + " ", (await restarted.FindAsync("test/users/canary/r2"))!.Payload);
    }

    [Fact]
    public async Task Read_PlainPayloadFromBeforeEncryption_StillReads_AndIsEncryptedWhenRescheduled()
    {
        await InsertRawAsync("legacy", Now.AddDays(-1), CanaryPayload);
        var store = OpenStore();

        Assert.Equal(CanaryPayload, Assert.Single(await store.FindDueAsync(Now, 10)).Payload);
        Assert.Equal(CanaryPayload, (await store.FindAsync("legacy"))!.Payload);

        await store.ScheduleAsync(new Reminder("legacy", Now.AddDays(1), CanaryPayload));
        Assert.StartsWith(ProtectedMarker, await ReadRawPayloadAsync("legacy"), StringComparison.Ordinal);
        Assert.Equal(CanaryPayload, (await store.FindAsync("legacy"))!.Payload);
    }

    [Fact]
    public async Task Read_TamperedPayload_ThrowsNamingOnlyTheReminder()
    {
        var store = OpenStore();
        await store.ScheduleAsync(new Reminder("damaged", Now.AddDays(-1), CanaryPayload));
        await store.ScheduleAsync(new Reminder("healthy", Now.AddDays(5), CanaryPayload));
        var stored = await ReadRawPayloadAsync("damaged");
        var middle = stored.Length / 2;
        await WriteRawPayloadAsync("damaged", stored[..middle] + (stored[middle] == 'A' ? 'B' : 'A') + stored[(middle + 1)..]);

        var error = await Assert.ThrowsAsync<StoredItemUnreadableException>(() => store.FindAsync("damaged"));
        Assert.Equal("damaged", error.Key);
        Assert.Equal(StoredItemUnreadableException.RemindersTable, error.Table);
        Assert.Contains("'damaged'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Canaryfield", error.ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoredItemUnreadableException>(() => store.FindDueAsync(Now, 10));
        Assert.Equal(CanaryPayload, (await store.FindAsync("healthy"))!.Payload);
        Assert.True(await store.TryClaimAsync("damaged", Now)); // claiming and deleting never need the payload
        Assert.Equal(1, await store.DeleteByPrefixAsync("damaged"));
    }

    [Fact]
    public async Task Read_PayloadCopiedUnderAnotherId_OrWithAnotherKeyRing_Throws()
    {
        var store = OpenStore();
        await store.ScheduleAsync(new Reminder("parent-a", Now.AddDays(1), CanaryPayload));
        await store.ScheduleAsync(new Reminder("parent-b", Now.AddDays(1), "{}"));
        await WriteRawPayloadAsync("parent-b", await ReadRawPayloadAsync("parent-a"));

        Assert.Equal("parent-b", (await Assert.ThrowsAsync<StoredItemUnreadableException>(() => store.FindAsync("parent-b"))).Key);
        var stranger = OpenStore(new EphemeralDataProtectionProvider());
        Assert.Equal("parent-a", (await Assert.ThrowsAsync<StoredItemUnreadableException>(() => stranger.FindAsync("parent-a"))).Key);
    }

    private static void AssertAbsent(byte[] haystack, string text)
    {
        Assert.True(haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) < 0, $"'{text}' is readable at rest (UTF-8).");
        Assert.True(haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) < 0, $"'{text}' is readable at rest (UTF-16).");
    }
}
