namespace IepNavigator.Dialogs.Content;

/// <summary>
/// Whole-message phrases of every language in one set per kind: what a parent types is recognised in either
/// language, whatever language the chat is in (a Spanish-speaking parent may type "yes", an English one "sí").
/// </summary>
public static class PhraseSets
{
    public static Dictionary<string, HashSet<string>> Merge(IEnumerable<IReadOnlyDictionary<string, List<string>>> languages) =>
        languages.SelectMany(l => l)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(p => p.Value).Select(TextNormalizer.Normalize).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);

    public static Dictionary<string, HashSet<string>> Merge<T>(Localized<T> languages, Func<T, IReadOnlyDictionary<string, List<string>>> phrases)
        where T : class =>
        Merge(languages.All.Select(l => phrases(l.Value)));
}
