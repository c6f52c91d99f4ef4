using System.Text;
using IepNavigator.Storage.Memory;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Storage.Tests.Contract;

/// <summary>
/// The document surface the chat uses (issue 16): one read of a turn's keys, one all-or-nothing write that checks each
/// key's ETag or creates it only if still missing, over the very rows Bot Framework's IStorage reads and writes.
/// </summary>
public abstract partial class StateStoreContract
{
    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static string Text(StoredDocument document) => Encoding.UTF8.GetString(document.Utf8Json!);

    [Fact]
    public async Task Documents_CreateThenRead_GivesTheBytesBackWithTheNewETag_AndSkipsMissingKeys()
    {
        var key = NewKey();
        var etags = await Store.WriteDocumentsAsync([new DocumentWrite(key, Utf8("""{"caseBook":{"cases":[]},"n":1}"""), DocumentWrite.CreateOnly)]);

        var read = await (await OpenAsync()).ReadDocumentsAsync([key, NewKey()]);

        var document = Assert.Single(read);
        Assert.Equal(key, document.Key);
        Assert.Equal(etags[0], document.ETag);
        Assert.Equal("""{"caseBook":{"cases":[]},"n":1}""", Text(document));
    }

    [Fact]
    public async Task Documents_CreateOnly_OnAKeyThatExists_Conflicts_AndKeepsTheFirstWriter()
    {
        var key = NewKey();
        await Store.WriteDocumentsAsync([new DocumentWrite(key, Utf8("""{"who":"first"}"""), DocumentWrite.CreateOnly)]);

        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Store.WriteDocumentsAsync([new DocumentWrite(key, Utf8("""{"who":"second"}"""), DocumentWrite.CreateOnly)]));

        Assert.Equal(key, error.Key);
        Assert.Equal("""{"who":"first"}""", Text(Assert.Single(await Store.ReadDocumentsAsync([key]))));
    }

    [Fact]
    public async Task Documents_StaleETagOnOneKey_WritesNoKeyOfTheCall()
    {
        var user = NewKey();
        var conversation = NewKey("conversations");
        var first = await Store.WriteDocumentsAsync(
        [
            new DocumentWrite(user, Utf8("""{"v":1}"""), DocumentWrite.CreateOnly),
            new DocumentWrite(conversation, Utf8("""{"v":1}"""), DocumentWrite.CreateOnly),
        ]);
        // Another turn saves the user's document first.
        await Store.WriteDocumentsAsync([new DocumentWrite(user, Utf8("""{"v":2}"""), first[0])]);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Store.WriteDocumentsAsync(
        [
            new DocumentWrite(conversation, Utf8("""{"v":3}"""), first[1]),
            new DocumentWrite(user, Utf8("""{"v":3}"""), first[0]),
        ]));

        var read = (await Store.ReadDocumentsAsync([user, conversation])).ToDictionary(d => d.Key, Text);
        Assert.Equal("""{"v":2}""", read[user]);
        Assert.Equal("""{"v":1}""", read[conversation]);
    }

    [Fact]
    public async Task Documents_MatchingETags_WriteBothKeys_AndReturnEachNewETagInOrder()
    {
        var user = NewKey();
        var conversation = NewKey("conversations");
        var first = await Store.WriteDocumentsAsync(
        [
            new DocumentWrite(user, Utf8("""{"v":1}"""), DocumentWrite.CreateOnly),
            new DocumentWrite(conversation, Utf8("""{"v":1}"""), DocumentWrite.CreateOnly),
        ]);

        var second = await Store.WriteDocumentsAsync(
        [
            new DocumentWrite(user, Utf8("""{"v":2}"""), first[0]),
            new DocumentWrite(conversation, Utf8("""{"v":2}"""), first[1]),
        ]);

        var read = (await Store.ReadDocumentsAsync([user, conversation])).ToDictionary(d => d.Key);
        Assert.Equal(second[0], read[user].ETag);
        Assert.Equal(second[1], read[conversation].ETag);
        Assert.All(read.Values, d => Assert.Equal("""{"v":2}""", Text(d)));
    }

    [Fact]
    public async Task Documents_AnyETag_Overwrites()
    {
        var key = NewKey();
        await Store.WriteDocumentsAsync([new DocumentWrite(key, Utf8("""{"v":1}"""), DocumentWrite.CreateOnly)]);

        await Store.WriteDocumentsAsync([new DocumentWrite(key, Utf8("""{"v":9}"""), DocumentWrite.AnyETag)]);

        Assert.Equal("""{"v":9}""", Text(Assert.Single(await Store.ReadDocumentsAsync([key]))));
    }

    [Fact]
    public async Task Documents_TamperedRow_ComesBackUnreadable_AndTheOtherKeyStillReads()
    {
        var key = NewKey();
        var healthy = NewKey("conversations");
        await Store.WriteDocumentsAsync(
        [
            new DocumentWrite(key, Utf8($$"""{"child":"{{CanaryName}}"}"""), DocumentWrite.CreateOnly),
            new DocumentWrite(healthy, Utf8("""{"n":1}"""), DocumentWrite.CreateOnly),
        ]);
        var document = await ReadRawDocumentAsync(key);
        document[document.Length / 2] ^= 0x5A;
        await WriteRawDocumentAsync(key, document);

        var read = (await Store.ReadDocumentsAsync([key, healthy])).ToDictionary(d => d.Key);

        Assert.False(read[key].IsReadable);
        Assert.Null(read[key].Utf8Json);
        Assert.True(read[healthy].IsReadable);
        // The unreadable row can be replaced with the ETag it was read with (a fresh start), and then reads again.
        await Store.WriteDocumentsAsync([new DocumentWrite(key, Utf8("""{"fresh":true}"""), read[key].ETag)]);
        Assert.Equal("""{"fresh":true}""", Text(Assert.Single(await Store.ReadDocumentsAsync([key]))));
    }

    [Fact]
    public async Task Documents_AreSealedAtRest_AndReadThroughIStorage_AndTheOtherWayRound()
    {
        var key = NewKey();
        await Store.WriteDocumentsAsync([new DocumentWrite(key, Utf8($$"""{"child":"{{CanaryName}}","born":"{{CanaryBirthDate}}"}"""), DocumentWrite.CreateOnly)]);

        AssertAbsent(await RawBytesAtRestAsync(), CanaryName);
        Assert.False(IsJson(await ReadRawDocumentAsync(key)));
        var item = (await ReadOneAsync(key))!;
        Assert.Equal(CanaryName, item.Value<string>("child"));
        Assert.Equal(CanaryBirthDate, item.Value<string>("born"));

        // A row BotState wrote (and a plain row from before encryption) reads as a document with the same ETag.
        item["grade"] = 4;
        await Store.WriteAsync(new Dictionary<string, object> { [key] = item });
        var legacy = NewKey();
        await InsertRawRowAsync(legacy, """{"Cases":[{"Id":"a"}]}""");
        var read = (await Store.ReadDocumentsAsync([key, legacy])).ToDictionary(d => d.Key);
        Assert.Equal(ETagOf(item), read[key].ETag);
        Assert.Equal(4, JObject.Parse(Text(read[key])).Value<int>("grade"));
        Assert.Equal("""{"Cases":[{"Id":"a"}]}""", Text(read[legacy]));
        Assert.Equal("raw", read[legacy].ETag);
    }

    [Fact]
    public async Task Documents_Delete_RemovesTheKeys_AndIsIdempotent()
    {
        var key = NewKey();
        await Store.WriteDocumentsAsync([new DocumentWrite(key, Utf8("{}"), DocumentWrite.CreateOnly)]);

        await Store.DeleteDocumentsAsync([key]);
        await Store.DeleteDocumentsAsync([key]);

        Assert.Empty(await Store.ReadDocumentsAsync([key]));
    }

    [Fact]
    public async Task Documents_MemoryStore_KeepsTheSameRules()
    {
        var memory = new MemoryDocumentStore();
        var etags = await memory.WriteDocumentsAsync([new DocumentWrite("a", Utf8("""{"v":1}"""), DocumentWrite.CreateOnly)]);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => memory.WriteDocumentsAsync([new DocumentWrite("a", Utf8("{}"), DocumentWrite.CreateOnly)]));
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => memory.WriteDocumentsAsync(
        [
            new DocumentWrite("b", Utf8("{}"), DocumentWrite.CreateOnly),
            new DocumentWrite("a", Utf8("{}"), "stale"),
        ]));
        Assert.Empty(await memory.ReadDocumentsAsync(["b"]));
        await memory.WriteDocumentsAsync([new DocumentWrite("a", Utf8("""{"v":2}"""), etags[0])]);
        Assert.Equal("""{"v":2}""", Text(Assert.Single(await memory.ReadDocumentsAsync(["a"]))));
    }
}
