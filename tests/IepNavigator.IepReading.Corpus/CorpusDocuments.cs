using System.Collections.Concurrent;
using System.Reflection;

namespace IepNavigator.IepReading.Corpus;

/// <summary>One corpus document: its source, its file name, its rendered bytes and its expected reading (JSON).</summary>
public sealed record CorpusDocument(string Name, CorpusSource Source, string FileName, byte[] File, string ExpectedJson);

/// <summary>The corpus embedded in this assembly (documents/*.iep.txt with *.expected.json), rendered once per process.</summary>
public static class CorpusDocuments
{
    private const string Prefix = "IepNavigator.IepReading.Corpus.documents.";
    private static readonly ConcurrentDictionary<string, Lazy<CorpusDocument>> Rendered = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Names { get; } = typeof(CorpusDocuments).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".iep.txt", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".iep.txt".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<CorpusDocument> All => Names.Select(Get);

    public static CorpusDocument Get(string name) => Rendered.GetOrAdd(name, n => new Lazy<CorpusDocument>(() => Render(n))).Value;

    /// <summary>Renders a source text (a corpus file or one a test writes) to its file bytes.</summary>
    public static byte[] RenderFile(CorpusSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Settings.Format == "docx")
        {
            return WordRenderer.Render(source);
        }
        var pdf = PdfRenderer.Render(source);
        return source.Settings.Scanned ? ScanRenderer.Render(pdf) : pdf;
    }

    private static CorpusDocument Render(string name)
    {
        var source = CorpusSource.Parse(name, Read(name + ".iep.txt"));
        var file = RenderFile(source);
        return new CorpusDocument(name, source, name + "." + source.Settings.Format, file, Read(name + ".expected.json"));
    }

    private static string Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"The corpus has no '{file}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
