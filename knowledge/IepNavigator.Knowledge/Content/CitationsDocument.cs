using IepNavigator.Knowledge.Advising;

namespace IepNavigator.Knowledge.Content;

/// <summary>citations.json: every rule the product cites, with a one-line plain summary and its official link.</summary>
/// <remarks>The entries sit under "rules" (not "citations", which the translation check reads as ids only).</remarks>
internal sealed record CitationsDocument(IReadOnlyDictionary<string, CitationEntry> Rules)
{
    /// <summary>The citation as a link, or null when citations.json lacks it (a test keeps that from shipping).</summary>
    public CitationLink? Link(string citation) =>
        Rules.TryGetValue(citation, out var entry) ? new CitationLink(citation, entry.Summary, entry.Url) : null;
}

internal sealed record CitationEntry(string Summary, string Url);
