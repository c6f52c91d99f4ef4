using System.Globalization;
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

        // BotState hands over its state dictionary, and a JObject is written as it is: both are written straight
        // to text, leaving out the ETag. This used to build a whole JObject copy of the state first (FromObject or
        // DeepClone) and then write that: the same text, at about twice the allocation per write (issue 9 profile).
        string text;
        string? etag;
        switch (item)
        {
            case JObject jObject:
                etag = ETagOf(jObject);
                text = WriteObject(jObject.Properties().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)));
                break;
            case IDictionary<string, object?> dictionary:
                etag = item is IStoreItem storeItem ? storeItem.ETag : ETagOf(dictionary);
                text = WriteObject(dictionary);
                break;
            default:
                JObject json;
                try
                {
                    json = JObject.FromObject(item, Serializer);
                }
                catch (ArgumentException ex)
                {
                    throw new ArgumentException($"The value for state key '{key}' must serialize to a JSON object.", nameof(item), ex);
                }

                etag = item is IStoreItem other ? other.ETag : ETagOf(json);
                json.Remove(ETagProperty);
                json.Remove(PascalETagProperty);
                text = json.ToString(Formatting.None);
                break;
        }

        var expected = ExpectedETag(key, etag);
        return new StateWrite(key, cipher.Seal(key, text), expected, NewETag());
    }

    /// <summary>
    /// The JSON object of <paramref name="properties"/> without the ETag ones, as <c>JObject.FromObject(…).ToString(Formatting.None)</c>
    /// writes it (same serializer, same writer defaults).
    /// </summary>
    private static string WriteObject(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                if (name is ETagProperty or PascalETagProperty)
                {
                    continue;
                }

                writer.WritePropertyName(name);
                if (value is JToken token)
                {
                    token.WriteTo(writer);
                }
                else
                {
                    Serializer.Serialize(writer, value);
                }
            }

            writer.WriteEndObject();
        }

        return text.ToString();
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

    /// <summary>The dictionary's "eTag" (else "ETag") entry when it is a string, as <see cref="ETagOf(JObject)"/> reads it.</summary>
    private static string? ETagOf(IDictionary<string, object?> dictionary)
    {
        if (!dictionary.TryGetValue(ETagProperty, out var value) && !dictionary.TryGetValue(PascalETagProperty, out value))
        {
            return null;
        }

        return value switch
        {
            string text => text,
            JValue { Type: JTokenType.String } json => (string?)json,
            _ => null,
        };
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
