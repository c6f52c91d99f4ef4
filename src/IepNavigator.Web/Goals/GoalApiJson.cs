using System.Text.Json;
using System.Text.Json.Serialization;

namespace IepNavigator.Web.Goals;

/// <summary>JSON of the goal API: camelCase, enums as camelCase strings, and no numbers written as strings (a wrong type is a 400).</summary>
public static class GoalApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
