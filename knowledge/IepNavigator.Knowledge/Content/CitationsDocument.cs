using IepNavigator.Knowledge.Advising;

namespace IepNavigator.Knowledge.Content;

/// <summary>citations.json: every rule the product cites, with a one-line plain summary and its official link.</summary>
/// <remarks>The entries sit under "rules" (not "citations", which the translation check reads as ids only).</remarks>
internal sealed record CitationsDocument(IReadOnlyDictionary<string, CitationEntry> Rules)
{
    /// <summary>The citation as a link, or null when citations.json lacks it (a test keeps that from shipping).</summary>
    public CitationLink? Link(string citation) => Links.GetValueOrDefault(citation);

    // Built once (a race builds the same links twice, harmlessly): every advice links a dozen rules.
    private Dictionary<string, CitationLink>? links;

    private Dictionary<string, CitationLink> Links =>
        links ??= Rules.ToDictionary(r => r.Key, r => new CitationLink(r.Key, r.Value.Summary, r.Value.Url), StringComparer.Ordinal);
}

internal sealed record CitationEntry(string Summary, string Url);
