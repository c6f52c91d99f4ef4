using System.Globalization;
using System.Text.Json;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Content;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Letters;

/// <summary>content/letter-ledger.json: what sending a letter changes, remembered fields, phrases and messages.</summary>
public sealed class LetterLedgerContent
{
    private readonly Localized<LetterLedgerDocument> _documents;
    private readonly Dictionary<string, HashSet<string>> _phrases;

    /// <summary>The English document: what sending changes is the same in every language; only sentences differ.</summary>
    private LetterLedgerDocument _document => _documents.For(ContentLanguage.English);

    /// <summary>The sentences of the turn's language.</summary>
    private LetterLedgerDocument Text => _documents.Current;

    public LetterLedgerContent()
        : this(ContentFile.ReadLocalized<LetterLedgerDocument>("letter-ledger.json"))
    {
    }

    public LetterLedgerContent(LetterLedgerDocument document)
        : this(Localized<LetterLedgerDocument>.Invariant(document ?? throw new ArgumentNullException(nameof(document))))
    {
    }

    private LetterLedgerContent(Localized<LetterLedgerDocument> documents)
    {
        _documents = documents;
        var document = _document;
        _phrases = PhraseSets.Merge(documents, d => d.Phrases);
        ParentFields = new HashSet<string>(document.RememberedFields.Parent, StringComparer.Ordinal);
        ChildFields = new HashSet<string>(document.RememberedFields.Child, StringComparer.Ordinal);
        // Vocabulary, merged once: every message that might say "I sent it" looks words up here.
        SentVerbs = documents.All.SelectMany(l => l.Value.SentVerbs).DistinctBy(p => p.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        SentBy = documents.All.SelectMany(l => l.Value.SentBy).DistinctBy(p => p.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>Fields about the parent, remembered for every child.</summary>
    public IReadOnlySet<string> ParentFields { get; }

    /// <summary>Fields about the child (and their school), remembered per case.</summary>
    public IReadOnlySet<string> ChildFields { get; }

    /// <summary>Words for "I sent it" of every language ("emailed", "lo mandé") and how each was sent.</summary>
    public IReadOnlyDictionary<string, string?> SentVerbs { get; }

    /// <summary>Words for how it was sent, every language ("by email", "por correo").</summary>
    public IReadOnlyDictionary<string, string> SentBy { get; }

    public IReadOnlyDictionary<string, string> FollowUpFields => _document.FollowUpFields;

    public string this[string key] => _documents.Message(d => d.Messages, key, "letter-ledger.json");

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    public bool Matches(string kind, string normalizedText) =>
        _phrases.TryGetValue(kind, out var phrases) && phrases.Contains(normalizedText);

    /// <summary>" by email", or "" when the parent did not say how.</summary>
    public string HowText(string? how) =>
        how is not null && Text.SentHow.TryGetValue(how, out var text) ? " " + text : "";

    public LetterLedgerRule RuleFor(string letterId) => _document.Letters.GetValueOrDefault(letterId) ?? new LetterLedgerRule();

    /// <summary>The rule's facts as contract JSON values, with "$sentOn" replaced by the date sent.</summary>
    public static IEnumerable<(string Fact, JToken Value)> FactValues(IReadOnlyDictionary<string, JsonElement> facts, DateOnly sentOn)
    {
        foreach (var (fact, value) in facts)
        {
            yield return value.ValueKind == JsonValueKind.String && value.GetString() == "$sentOn"
                ? (fact, new JValue(PlainDate.Write(sentOn)))
                : (fact, JToken.Parse(value.GetRawText()));
        }
    }
}

public sealed class LetterLedgerDocument
{
    public Dictionary<string, LetterLedgerRule> Letters { get; set; } = [];
    public Dictionary<string, string> FollowUpFields { get; set; } = [];
    public RememberedFieldNames RememberedFields { get; set; } = new();
    public Dictionary<string, string?> SentVerbs { get; set; } = [];
    public Dictionary<string, string> SentBy { get; set; } = [];
    public Dictionary<string, string> SentHow { get; set; } = [];
    public Dictionary<string, List<string>> Phrases { get; set; } = [];
    public Dictionary<string, string> Messages { get; set; } = [];
}

/// <summary>What sending one letter changes on the case, and the letter that follows it up.</summary>
public sealed class LetterLedgerRule
{
    public Dictionary<string, JsonElement> Sent { get; set; } = [];
    public StageMove? Stage { get; set; }
    public Dictionary<string, JsonElement> Answered { get; set; } = [];
    public string? FollowUp { get; set; }
}

public sealed class StageMove
{
    public List<string> From { get; set; } = [];
    public string To { get; set; } = "";
}

public sealed class RememberedFieldNames
{
    public List<string> Parent { get; set; } = [];
    public List<string> Child { get; set; } = [];
}

/// <summary>The contract's date text, yyyy-MM-dd, and back.</summary>
public static class PlainDate
{
    public static string Write(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Read(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>"November 26, 2026" for a stored date, or the text itself if it is not one.</summary>
    public static string Long(string? text) => Read(text) is { } date ? DateText.Long(date) : text ?? "";
}
