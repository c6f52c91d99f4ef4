namespace IepNavigator.Letters.Tests.Templates;

/// <summary>
/// The raw template files, read from the resources the letters assembly embeds: "letters/x.liquid" (English)
/// and "letters/es/x.liquid" (Spanish).
/// </summary>
internal static class TemplateSources
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage = Load();

    /// <summary>The English files, by name (<c>_letter</c> is the frame).</summary>
    public static IReadOnlyDictionary<string, string> All => In("en");

    public static string Frame => All["_letter"];

    public static IReadOnlyDictionary<string, string> Letters => LettersIn("en");

    /// <summary>The languages that have templates, English first.</summary>
    public static IReadOnlyList<string> Languages => [.. ByLanguage.Keys.OrderBy(l => l == "en" ? "" : l, StringComparer.Ordinal)];

    public static IReadOnlyDictionary<string, string> In(string language) => ByLanguage[language];

    public static IReadOnlyDictionary<string, string> LettersIn(string language) =>
        In(language).Where(s => !s.Key.StartsWith('_')).ToDictionary(s => s.Key, s => s.Value);

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Load()
    {
        var assembly = typeof(LetterRenderer).Assembly;
        var sources = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("letters/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var path = resource["letters/".Length..^".liquid".Length];
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var (language, name) = slash < 0 ? ("en", path) : (path[..slash], path[(slash + 1)..]);
            if (!sources.TryGetValue(language, out var names))
            {
                sources[language] = names = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            names[name] = reader.ReadToEnd();
        }

        return sources.ToDictionary(s => s.Key, s => (IReadOnlyDictionary<string, string>)s.Value, StringComparer.Ordinal);
    }
}
