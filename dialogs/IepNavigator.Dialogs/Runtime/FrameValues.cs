using System.Text.Json;
using System.Text.Json.Nodes;
using IepNavigator.Dialogs.State;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>Reading and writing a frame's JSON values by key: plain values directly, typed values through <see cref="StateJson"/>.</summary>
public static class FrameValues
{
    public static string? GetString(this JsonObject values, string key) =>
        values?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static int? GetInt(this JsonObject values, string key) =>
        values?[key] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) ? number : null;

    public static bool GetBool(this JsonObject values, string key) =>
        values?[key] is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    /// <summary>A typed value stored with <see cref="Set{T}"/>; null when absent or unreadable.</summary>
    public static T? Get<T>(this JsonObject values, string key)
        where T : class =>
        StateJson.FromNode<T>(values?[key]);

    /// <summary>Stores a typed value (null removes the key's value).</summary>
    public static void Set<T>(this JsonObject values, string key, T? value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(values);
        values[key] = StateJson.ToNode(value);
    }

    /// <summary>The JSON object stored under <paramref name="key"/>, created when missing.</summary>
    public static JsonObject Object(this JsonObject values, string key)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values[key] is JsonObject existing)
        {
            return existing;
        }
        var created = new JsonObject();
        values[key] = created;
        return created;
    }
}
