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

    /// <summary>
    /// A title typed all in lower case ("principal", "sped coordinator") as a letter's signature block writes it
    /// ("Principal", "SPED Coordinator"); a title with any capital stays as typed. Short joining words stay lower case.
    /// </summary>
    public static string? Capitalized(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Any(char.IsUpper))
        {
            return typed;
        }
        var words = typed.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            words[i] = Acronyms.Contains(word) ? word.ToUpperInvariant()
                : i > 0 && JoiningWords.Contains(word) ? word
                : char.ToUpperInvariant(word[0]) + word[1..];
        }
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> Acronyms = new(["iep", "sped", "ese", "ard", "ot", "pt", "slp", "ell", "esl", "rti", "mtss"], StringComparer.Ordinal);
    private static readonly HashSet<string> JoiningWords = new(["of", "for", "and", "the", "to", "at", "in", "de", "del", "la", "el", "y", "en"], StringComparer.Ordinal);

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
