using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace IepNavigator.DirectLine.Conversations;

/// <summary>
/// Activity (de)serialisation for the channel. Bot Schema types are Newtonsoft-annotated, so Newtonsoft it is.
/// Dates and decimals inside channelData are kept as written, because the client matches on channelData.
/// </summary>
public static class ActivityJson
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        MaxDepth = 64,
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>Parses an activity; throws <see cref="JsonException"/> on malformed JSON or a non-object.</summary>
    public static Activity Deserialize(string json)
    {
        var activity = JsonConvert.DeserializeObject<Activity>(json, Settings);
        return activity ?? throw new JsonSerializationException("The body is not an activity.");
    }

    public static Activity Clone(Activity activity) => Deserialize(Serialize(activity));

    public static byte[] SerializeToUtf8(object value) => Encoding.UTF8.GetBytes(Serialize(value));
}
