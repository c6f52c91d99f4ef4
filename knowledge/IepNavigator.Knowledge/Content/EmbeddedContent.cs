using System.Text.Json;

namespace IepNavigator.Knowledge.Content;

/// <summary>Reads the JSON files of knowledge/content that are embedded in this assembly.</summary>
internal static class EmbeddedContent
{
    private const string Prefix = "IepNavigator.Knowledge.Content.";

    private static readonly JsonSerializerOptions ContentOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Read<T>(string fileName)
    {
        using var stream = typeof(EmbeddedContent).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded content '{fileName}' is missing from the knowledge assembly.");
        return JsonSerializer.Deserialize<T>(stream, ContentOptions)
            ?? throw new InvalidOperationException($"Embedded content '{fileName}' is empty.");
    }
}
