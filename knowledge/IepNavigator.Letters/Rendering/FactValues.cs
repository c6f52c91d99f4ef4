using System.Reflection;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Letters.Rendering;

/// <summary>
/// Exposes <see cref="CaseFacts"/> to templates as <c>facts.&lt;camelCaseName&gt;</c>: dates already written
/// out in the letter's language ("March 4, 2026", "4 de marzo de 2026"), enums by their contract names, concern
/// areas by the plain labels of the letter's frame (each language's <c>_letter.liquid</c> has its own).
/// Every property is present (null when unknown) so templates can test <c>{% if facts.x %}</c>.
/// </summary>
internal static class FactValues
{
    private static readonly PropertyInfo[] Properties =
        typeof(CaseFacts).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>The camelCase names of every fact, as templates see them under <c>facts.</c>.</summary>
    public static readonly IReadOnlyList<string> Names =
        Properties.Select(p => JsonNamingPolicyName(p.Name)).ToList();

    /// <summary>"December 11, 2026" / "11 de diciembre de 2026".</summary>
    public static string FormatDate(DateOnly date, string language) => PlainDates.Long(date, language);

    public static Dictionary<string, object?> ToTemplateValues(
        CaseFacts facts, IReadOnlyDictionary<string, string> concernLabels, string language)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in Properties)
        {
            values[JsonNamingPolicyName(property.Name)] = Convert(property.GetValue(facts), concernLabels, language);
        }

        return values;
    }

    public static List<string> ConcernLabels(CaseFacts facts, IReadOnlyDictionary<string, string> labels) =>
        (facts.Concerns ?? []).Distinct().Select(c => Label(c, labels)).ToList();

    private static object? Convert(object? value, IReadOnlyDictionary<string, string> concernLabels, string language) => value switch
    {
        null => null,
        DateOnly date => FormatDate(date, language),
        IEnumerable<ConcernArea> concerns => concerns.Distinct().Select(c => Label(c, concernLabels)).ToList(),
        Enum e => KnowledgeJson.EnumName(e),
        _ => value,
    };

    private static string Label(ConcernArea area, IReadOnlyDictionary<string, string> labels)
    {
        var name = KnowledgeJson.EnumName(area);
        return labels.TryGetValue(name, out var label) ? label : name;
    }

    private static string JsonNamingPolicyName(string name) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
