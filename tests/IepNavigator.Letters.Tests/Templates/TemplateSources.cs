namespace IepNavigator.Letters.Tests.Templates;

/// <summary>The raw template files, read from the resources the letters assembly embeds.</summary>
internal static class TemplateSources
{
    public static readonly IReadOnlyDictionary<string, string> All = Load();

    public static string Frame => All["_letter"];

    public static IReadOnlyDictionary<string, string> Letters =>
        All.Where(s => !s.Key.StartsWith('_')).ToDictionary(s => s.Key, s => s.Value);

    private static Dictionary<string, string> Load()
    {
        var assembly = typeof(LetterRenderer).Assembly;
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("letters/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            sources[name["letters/".Length..^".liquid".Length]] = reader.ReadToEnd();
        }

        return sources;
    }
}
