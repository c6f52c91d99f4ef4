using System.Text.RegularExpressions;
using IepNavigator.Understanding.Reading;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Content;

/// <summary>
/// A reply names the child as the parent did (content/child-words.json): once a message said "mi hija", the Spanish
/// replies written with "su hijo" / "su hijo(a)" say "su hija". English replies say "your child" and stay as written.
/// Only the gender the parent stated (the reading's ChildGender) changes anything; without it the reply is unchanged.
/// </summary>
public sealed class ChildWords
{
    private readonly Localized<Dictionary<string, Regex?>> _patterns;
    private readonly Localized<ChildWordsDocument> _documents;

    public ChildWords()
        : this(DialogContent.Files.ReadLocalized<ChildWordsDocument>("child-words.json"))
    {
    }

    public ChildWords(Localized<ChildWordsDocument> documents)
    {
        _documents = documents ?? throw new ArgumentNullException(nameof(documents));
        _patterns = new(language => new Dictionary<string, Regex?>(StringComparer.Ordinal)
        {
            [ChildGenders.Female] = Pattern(_documents.For(language).Female),
            [ChildGenders.Male] = Pattern(_documents.For(language).Male),
        });
    }

    /// <summary>The reply as it names a child of <paramref name="gender"/> (null: as written).</summary>
    public string Apply(string text, string language, string? gender)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (gender is null || _patterns.For(language).GetValueOrDefault(gender) is not { } pattern)
        {
            return text;
        }
        var pairs = gender == ChildGenders.Female ? _documents.For(language).Female : _documents.For(language).Male;
        return pattern.Replace(text, m => pairs.First(p => p[0] == m.Value)[1]);
    }

    /// <summary>
    /// The same for a card's words (the advice card's step reasons come from the knowledge library, written "su hijo(a)"):
    /// every string value of the card's <c>text</c>, <c>title</c> and <c>value</c> properties, in place.
    /// </summary>
    public void ApplyToCard(JToken card, string language, string? gender)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (gender is null || card is not JContainer container)
        {
            return;
        }
        // Listed first: a property's value is replaced while walking.
        foreach (var property in container.Descendants().OfType<JProperty>().ToList())
        {
            if (property.Name is "text" or "title" or "value" && property.Value is JValue { Type: JTokenType.String, Value: string words })
            {
                property.Value = Apply(words, language, gender);
            }
        }
    }

    /// <summary>One alternation of every "from" word, longest first as listed, matched as whole words (case as written).</summary>
    private static Regex? Pattern(List<List<string>> pairs)
    {
        if (pairs.Any(p => p.Count != 2 || p[0].Length == 0))
        {
            throw new InvalidOperationException("child-words.json: each entry is a pair [written, said instead].");
        }
        return pairs.Count == 0 ? null
            : new Regex(@"(?<!\p{L})(?:" + string.Join("|", pairs.Select(p => Regex.Escape(p[0]))) + @")(?!\p{L})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}

public sealed class ChildWordsDocument
{
    public List<List<string>> Female { get; set; } = [];
    public List<List<string>> Male { get; set; } = [];
}
