using System.Reflection;
using System.Text.Json;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Dialogs.Content;

/// <summary>Reads the advocate-reviewable JSON files under content/, embedded in this assembly.</summary>
internal static class ContentFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>
    /// The file in every language: content/X.json is English, content/es/X.json Spanish, with the same keys
    /// (a test checks). Loaded on first use of each language.
    /// </summary>
    public static Localized<T> ReadLocalized<T>(string fileName)
        where T : class =>
        new(language => language == ContentLanguage.English ? Read<T>(fileName) : Read<T>(language + "/" + fileName));

    public static T Read<T>(string fileName)
    {
        var assembly = typeof(ContentFile).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.EndsWith("content/" + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Content file '{fileName}' is not embedded.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Content file '{fileName}' is empty.");
    }
}
