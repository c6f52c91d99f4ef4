namespace IepNavigator.Knowledge.Advising;

/// <summary>A cited rule with a one-line plain summary and the link to its official text (content/citations.json).</summary>
public sealed record CitationLink(string Citation, string Summary, string Url);
