using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Storage.Tests.Contract;

/// <summary>Case data is encrypted at rest; old plain rows still read; damage is reported, never hidden.</summary>
public abstract partial class StateStoreContract
{
    private const string CanaryName = "Quetzalina Canaryfield";
    private const string CanaryBirthDate = "2015-03-17";

    [Fact]
    public async Task Write_CaseData_NeverReachesTheDatabaseReadable_AndReadsBack()
    {
        var key = NewKey();
        var note = new CaseNote
        {
            ChildNickname = CanaryName,
            Grade = 4,
            RequestedOn = new DateTimeOffset(2026, 10, 2, 14, 5, 0, TimeSpan.FromHours(-7)),
            Answers = { ["birth-date"] = CanaryBirthDate },
        };

        await Store.WriteAsync(new Dictionary<string, object> { [key] = note });
        await Store.WriteAsync(new Dictionary<string, object> { [NewKey("conversations")] = new JObject { ["child"] = CanaryName, ["born"] = CanaryBirthDate } });

        var atRest = await RawBytesAtRestAsync();
        Assert.True(atRest.Length > 0);
        AssertAbsent(atRest, CanaryName);
        AssertAbsent(atRest, "Canaryfield");
        AssertAbsent(atRest, CanaryBirthDate);
        AssertAbsent(atRest, "birth-date");
        Assert.False(IsJson(await ReadRawDocumentAsync(key)));

        var read = (await ReadOneAsync(key, await OpenAsync()))!.ToObject<CaseNote>()!;
        Assert.Equal(CanaryName, read.ChildNickname);
        Assert.Equal(CanaryBirthDate, read.Answers["birth-date"]);
        Assert.Equal(note.RequestedOn, read.RequestedOn);
        Assert.Equal(note.ETag, read.ETag);
    }

    [Fact]
    public async Task Read_PlainJsonRowFromBeforeEncryption_StillReads_AndIsEncryptedOnItsNextWrite()
    {
        var key = NewKey();
        await InsertRawRowAsync(key, $$"""{"childName":"{{CanaryName}}","grade":2,"requestedOn":"2026-09-14T08:30:00-05:00"}""");

        var legacy = (await ReadOneAsync(key))!;
        Assert.Equal(CanaryName, legacy.Value<string>("childName"));
        Assert.Equal("2026-09-14T08:30:00-05:00", legacy.Value<string>("requestedOn"));
        Assert.Equal("raw", ETagOf(legacy));

        legacy["grade"] = 3;
        await Store.WriteAsync(new Dictionary<string, object> { [key] = legacy });

        var document = await ReadRawDocumentAsync(key);
        Assert.False(IsJson(document));
        AssertAbsent(document, CanaryName);
        var rewritten = (await ReadOneAsync(key))!;
        Assert.Equal(3, rewritten.Value<int>("grade"));
        Assert.Equal(CanaryName, rewritten.Value<string>("childName"));
    }

    [Fact]
    public async Task Read_TamperedRow_ThrowsUnreadableNamingOnlyTheKey()
    {
        var key = NewKey();
        var healthy = NewKey();
        await Store.WriteAsync(new Dictionary<string, object>
        {
            [key] = new JObject { ["child"] = CanaryName },
            [healthy] = new JObject { ["n"] = 1 },
        });
        var document = await ReadRawDocumentAsync(key);
        document[document.Length / 2] ^= 0x5A;
        await WriteRawDocumentAsync(key, document);

        var error = await Assert.ThrowsAsync<StoredItemUnreadableException>(() => Store.ReadAsync([healthy, key]));

        Assert.Equal(key, error.Key);
        Assert.DoesNotContain(CanaryName, error.ToString(), StringComparison.Ordinal);
        Assert.NotNull(await ReadOneAsync(healthy));
    }

    [Fact]
    public async Task Read_RowCopiedUnderAnotherKey_ThrowsUnreadable()
    {
        var parent = NewKey();
        var other = NewKey();
        await Store.WriteAsync(new Dictionary<string, object>
        {
            [parent] = new JObject { ["child"] = CanaryName },
            [other] = new JObject { ["child"] = "someone else" },
        });

        await WriteRawDocumentAsync(other, await ReadRawDocumentAsync(parent));

        var error = await Assert.ThrowsAsync<StoredItemUnreadableException>(() => Store.ReadAsync([other]));
        Assert.Equal(other, error.Key);
        Assert.Equal(CanaryName, (await ReadOneAsync(parent))!.Value<string>("child"));
    }

    [Fact]
    public async Task Read_WithAnotherKeyRing_ThrowsUnreadable()
    {
        var key = NewKey();
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["child"] = CanaryName } });

        var stranger = await OpenAsync(new EphemeralDataProtectionProvider());

        var error = await Assert.ThrowsAsync<StoredItemUnreadableException>(() => stranger.ReadAsync([key]));
        Assert.Equal(key, error.Key);
    }

    [Fact]
    public async Task Write_StaleETag_CountsOneConflictTaggedWithTheProvider()
    {
        var key = NewKey();
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["n"] = 1 } });
        var stale = ETagOf((await ReadOneAsync(key))!);
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["n"] = 2 } });

        var conflicts = new List<string?>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, subscribe) =>
            {
                if (instrument.Meter.Name == "IepNavigator.Storage" && instrument.Name == "iepnav.storage.conflicts")
                {
                    subscribe.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var provider = TagValue(tags, "provider");
            if (provider == ProviderTag)
            {
                lock (conflicts)
                {
                    for (var i = 0; i < value; i++)
                    {
                        conflicts.Add(provider);
                    }
                }
            }
        });
        listener.Start();

        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            Store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["n"] = 3, ["eTag"] = stale } }));
        await Store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["n"] = 4 } });

        Assert.Equal([ProviderTag], conflicts);
    }

    private static string? TagValue(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    private static bool IsJson(byte[] document) => document.Length > 0 && document[0] == (byte)'{';

    private static void AssertAbsent(byte[] haystack, string text)
    {
        Assert.True(haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) < 0, $"'{text}' is readable at rest (UTF-8).");
        Assert.True(haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) < 0, $"'{text}' is readable at rest (UTF-16).");
    }
}
