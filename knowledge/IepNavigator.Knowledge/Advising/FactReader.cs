using System.Collections;
using System.Reflection;
using System.Text.Json;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge.Advising;

/// <summary>Reads a <see cref="CaseFacts"/> field by its camelCase contract name (as data files name them).</summary>
internal static class FactReader
{
    private static readonly Dictionary<string, PropertyInfo> Properties = typeof(CaseFacts)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.Ordinal);

    /// <summary>Every contract fact name.</summary>
    public static IEnumerable<string> Names => Properties.Keys;

    public static bool Exists(string name) => Properties.ContainsKey(name);

    /// <summary>Known means answered: not null, and for a list not empty.</summary>
    public static bool IsKnown(CaseFacts facts, string name) => Read(facts, name) switch
    {
        null => false,
        ICollection list => list.Count > 0,
        _ => true,
    };

    public static bool IsTrue(CaseFacts facts, string name) => Read(facts, name) is true;

    private static object? Read(CaseFacts facts, string name) =>
        Properties.TryGetValue(name, out var property)
            ? property.GetValue(facts)
            : throw new InvalidOperationException($"'{name}' is not a fact of the contract.");
}
