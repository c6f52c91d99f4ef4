using IepNavigator.Dialogs.Content;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// The English title for a job title a parent wrote in Spanish (content/school-titles.json): "la coordinadora de
/// educación especial" goes into the English letter for the school as "Special Education Coordinator", not as Spanish
/// words under the recipient's name. A title not listed is left to the "[In Spanish: …]" flag.
/// </summary>
public sealed class SchoolTitles
{
    private static readonly string[] LeadingArticles = ["la ", "el ", "the "];
    private readonly Dictionary<string, string> _english = new(StringComparer.Ordinal);

    public SchoolTitles()
        : this(DialogContent.Files.Read<SchoolTitlesDocument>("school-titles.json"))
    {
    }

    public SchoolTitles(SchoolTitlesDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var pair in document.FromSpanish)
        {
            if (pair.Count != 2 || Key(pair[0]).Length == 0 || string.IsNullOrWhiteSpace(pair[1]))
            {
                throw new InvalidOperationException("school-titles.json: each entry is a pair [Spanish title, English title].");
            }
            _english.TryAdd(Key(pair[0]), pair[1]);
        }
    }

    /// <summary>The English title for <paramref name="typed"/>, or null when it is not a Spanish title listed.</summary>
    public string? English(string? typed) =>
        typed is null ? null : _english.GetValueOrDefault(Key(typed));

    /// <summary>The text as the readers compare it (<see cref="TextNormalizer"/>: lower case, no accents or punctuation), without a leading article.</summary>
    private static string Key(string text)
    {
        var key = TextNormalizer.Normalize(text);
        foreach (var article in LeadingArticles)
        {
            if (key.StartsWith(article, StringComparison.Ordinal))
            {
                return key[article.Length..];
            }
        }
        return key;
    }
}

public sealed class SchoolTitlesDocument
{
    public List<List<string>> FromSpanish { get; set; } = [];
}
