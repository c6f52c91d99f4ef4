using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IepNavigator.Knowledge;

/// <summary>
/// The JSON shape of the contract (facts in, advice out): camelCase names, dates as yyyy-MM-dd, enums by their
/// declared kebab-case names (numbers rejected), numbers strictly numbers. Shared by tests and the web host.
/// </summary>
public static class KnowledgeJson
{
    private static readonly ConcurrentDictionary<Enum, string> EnumNames = new();

    /// <summary>Read-only options; unknown fields are ignored, a wrong type or impossible date throws <see cref="JsonException"/>.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// Applies the contract's settings to options someone else owns, e.g. the host's
    /// <c>ConfigureHttpJsonOptions(o => KnowledgeJson.Configure(o.SerializerOptions))</c>.
    /// </summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNameCaseInsensitive = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new IsoDateOnlyConverter());
        // Overrides the enums' own converter attribute only to refuse integers ("stage": 3).
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        return options;
    }

    private static JsonSerializerOptions Create()
    {
        var options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The declared JSON name of an enum value (e.g. Stage.IepInPlace → "iep-in-place").</summary>
    public static string EnumName(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return EnumNames.GetOrAdd(value, static v =>
        {
            var field = v.GetType().GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static);
            return field?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString();
        });
    }
}
