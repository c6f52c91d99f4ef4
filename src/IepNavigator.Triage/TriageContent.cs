using System.Text.Json;

namespace IepNavigator.Triage;

/// <summary>The advocate-reviewable JSON files embedded in this assembly.</summary>
internal static class TriageContent
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Stream Open(string fileName) =>
        typeof(TriageContent).Assembly.GetManifestResourceStream("IepNavigator.Triage." + fileName)
        ?? throw new InvalidOperationException($"The embedded content file {fileName} is missing from the build.");
}
