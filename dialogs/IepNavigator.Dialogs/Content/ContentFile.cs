using System.Reflection;
using System.Text.Json;

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
