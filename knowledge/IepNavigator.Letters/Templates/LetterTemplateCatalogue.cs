using System.Collections.Frozen;
using System.Reflection;

namespace IepNavigator.Letters.Templates;

/// <summary>
/// Every letter template, loaded from the resources embedded in this assembly and compiled once
/// (a singleton). Serves <c>GET /api/v1/letters</c>: ids, titles and the fields each letter needs.
/// </summary>
public sealed class LetterTemplateCatalogue
{
    private const string ResourcePrefix = "letters/";
    private const string Extension = ".liquid";

    private readonly FrozenDictionary<string, CompiledLetter> _letters;

    /// <summary>Loads the templates embedded in this assembly.</summary>
    public LetterTemplateCatalogue()
        : this(ReadEmbeddedSources())
    {
    }

    /// <summary>Loads templates from name → source pairs (names without extension; <c>_letter</c> is the frame).</summary>
    internal LetterTemplateCatalogue(IReadOnlyDictionary<string, string> sources)
    {
        if (!sources.TryGetValue(LetterTemplateCompiler.FrameName, out var frameSource))
        {
            throw new LetterTemplateException(LetterTemplateCompiler.FrameName, "the shared frame is missing");
        }

        Frame = LetterTemplateCompiler.CompileFrame(frameSource);
        _letters = sources
            .Where(s => !s.Key.StartsWith('_'))
            .ToFrozenDictionary(
                s => s.Key,
                s => LetterTemplateCompiler.CompileLetter(s.Key, s.Value, Frame),
                StringComparer.Ordinal);
        All = _letters.Values.Select(l => l.Template).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every letter, ordered by id.</summary>
    public IReadOnlyList<LetterTemplate> All { get; }

    public bool Contains(string letterId) => _letters.ContainsKey(letterId);

    /// <summary>The letter with this id, or null when there is none.</summary>
    public LetterTemplate? Find(string letterId) =>
        _letters.TryGetValue(letterId, out var letter) ? letter.Template : null;

    internal CompiledFrame Frame { get; }

    internal CompiledLetter Get(string letterId) =>
        _letters.TryGetValue(letterId, out var letter)
            ? letter
            : throw new KeyNotFoundException($"There is no letter template '{letterId}'.");

    private static Dictionary<string, string> ReadEmbeddedSources()
    {
        var assembly = typeof(LetterTemplateCatalogue).Assembly;
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                || !resource.EndsWith(Extension, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[ResourcePrefix.Length..^Extension.Length];
            sources[name] = Read(assembly, resource);
        }

        return sources;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Resource '{resource}' vanished.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
