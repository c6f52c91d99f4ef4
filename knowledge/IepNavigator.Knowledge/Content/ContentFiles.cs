using System.Reflection;
using System.Text.Json;

namespace IepNavigator.Knowledge.Content;

/// <summary>
/// The one loader of content files (JSON, Liquid) embedded in an assembly. Each project embeds its files under one
/// resource prefix; English is the file itself, another language its twin one folder down: with the prefix
/// "content/", "content/answers.json" and "content/es/answers.json"; with "IepNavigator.Knowledge.Content.",
/// "…Content.steps.json" and "…Content.es.steps.json" (the prefix's last character separates the language).
/// </summary>
public sealed class ContentFiles
{
    /// <summary>How every content file is read: the web's camelCase, comments and trailing commas allowed.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Assembly _assembly;
    private readonly string _prefix;
    private readonly char _separator;

    public ContentFiles(Assembly assembly, string prefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        _assembly = assembly;
        _prefix = prefix;
        _separator = prefix[^1];
    }

    /// <summary>The resource name of <paramref name="fileName"/> in <paramref name="language"/> (English: the file itself).</summary>
    public string ResourceName(string fileName, string language = ContentLanguage.English) =>
        ContentLanguage.Normalize(language) == ContentLanguage.English
            ? _prefix + fileName
            : _prefix + ContentLanguage.Normalize(language) + _separator + fileName;

    /// <summary>The file in <paramref name="language"/>; a missing or empty file is a build error, said at once.</summary>
    public T Read<T>(string fileName, string language = ContentLanguage.English)
    {
        using var stream = Open(fileName, language);
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Content file '{ResourceName(fileName, language)}' is empty.");
    }

    /// <summary>The file in every supported language (the same keys in each, a test checks), each read on first use.</summary>
    public Localized<T> ReadLocalized<T>(string fileName)
        where T : class =>
        new(language => Read<T>(fileName, language));

    /// <summary>The file's text (a letter template).</summary>
    public string ReadText(string fileName, string language = ContentLanguage.English)
    {
        using var reader = new StreamReader(Open(fileName, language));
        return reader.ReadToEnd();
    }

    public Stream Open(string fileName, string language = ContentLanguage.English) =>
        _assembly.GetManifestResourceStream(ResourceName(fileName, language))
        ?? throw new InvalidOperationException(
            $"Content file '{ResourceName(fileName, language)}' is not embedded in {_assembly.GetName().Name}.");

    /// <summary>
    /// Every embedded file ending in <paramref name="extension"/> under the prefix, with its language and its name
    /// without the extension: ("en", "records-request") and ("es", "records-request").
    /// </summary>
    public IEnumerable<(string Language, string Name)> List(string extension)
    {
        foreach (var resource in _assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(_prefix, StringComparison.Ordinal) || !resource.EndsWith(extension, StringComparison.Ordinal))
            {
                continue;
            }
            var path = resource[_prefix.Length..^extension.Length];
            var cut = path.IndexOf(_separator, StringComparison.Ordinal);
            yield return cut < 0 ? (ContentLanguage.English, path) : (path[..cut], path[(cut + 1)..]);
        }
    }
}
