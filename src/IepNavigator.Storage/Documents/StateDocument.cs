using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Storage.Documents;

/// <summary>
/// Turns state items into stored JSON and back, and carries the ETag between the item and its own column.
/// Type names are never written or honoured: BotState converts the returned JObjects to its own types.
/// The JSON is sealed by <see cref="StateCipher"/> before it reaches the database.
/// </summary>
internal static class StateDocument
{
    /// <summary>Bot Framework's spelling of the ETag property on JSON state.</summary>
    public const string ETagProperty = "eTag";

    private const string PascalETagProperty = "ETag";
    private const string Wildcard = "*";
    private const int MaxDepth = 64;

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        MaxDepth = MaxDepth,
    });

    /// <summary>Serializes and seals one item for <paramref name="key"/> and reads the ETag it was loaded with.</summary>
    public static StateWrite ToWrite(string key, object? item, StateCipher cipher)
    {
        if (item is null)
        {
            throw new ArgumentException($"The value for state key '{key}' is null; use DeleteAsync to remove an item.", nameof(item));
        }

        JObject json;
        try
        {
            json = item is JObject jObject ? (JObject)jObject.DeepClone() : JObject.FromObject(item, Serializer);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"The value for state key '{key}' must serialize to a JSON object.", nameof(item), ex);
        }

        var etag = item is IStoreItem storeItem ? storeItem.ETag : ETagOf(json);
        json.Remove(ETagProperty);
        json.Remove(PascalETagProperty);
        var expected = ExpectedETag(key, etag);
        return new StateWrite(key, cipher.Seal(key, json.ToString(Formatting.None)), expected, NewETag());
    }

    /// <summary>Opens and parses a stored row and puts its current ETag on the result, as Bot Framework stores do.</summary>
    public static JObject ToItem(StoredRow row, StateCipher cipher, string storeName)
    {
        var document = cipher.Open(row, storeName);
        JObject json;
        try
        {
            using var reader = new JsonTextReader(new StringReader(document))
            {
                // Dates stay strings so an offset is never shifted into local time; ToObject<T> parses them.
                DateParseHandling = DateParseHandling.None,
                MaxDepth = MaxDepth,
            };
            json = JObject.Load(reader);
            if (reader.Read())
            {
                throw new JsonReaderException("Unexpected content after the JSON object.");
            }
        }
        catch (JsonException ex)
        {
            throw new StoredItemUnreadableException(row.Key, storeName, ex);
        }

        json[ETagProperty] = row.ETag;
        return json;
    }

    /// <summary>
    /// After a successful write, gives the caller's item its new ETag, so a second save of the same
    /// object (BotState saving twice in one turn) is not mistaken for a stale write.
    /// </summary>
    public static void ApplyNewETag(object item, string etag)
    {
        switch (item)
        {
            case IStoreItem storeItem:
                storeItem.ETag = etag;
                break;
            case JObject json:
                json[json.ContainsKey(PascalETagProperty) ? PascalETagProperty : ETagProperty] = etag;
                break;
            case IDictionary<string, object?> { IsReadOnly: false } dictionary:
                dictionary[dictionary.ContainsKey(PascalETagProperty) ? PascalETagProperty : ETagProperty] = etag;
                break;
        }
    }

    private static string? ETagOf(JObject json) =>
        (json[ETagProperty] ?? json[PascalETagProperty]) is JValue { Type: JTokenType.String } value ? (string?)value : null;

    private static string? ExpectedETag(string key, string? etag) => etag switch
    {
        null or Wildcard => null,
        "" => throw new ArgumentException($"The ETag of state key '{key}' is empty; use null or \"*\" to overwrite.", nameof(etag)),
        _ => etag,
    };

    private static string NewETag() => Guid.NewGuid().ToString("N");
}
