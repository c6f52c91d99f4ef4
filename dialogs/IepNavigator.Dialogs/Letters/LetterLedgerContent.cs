using System.Globalization;
using System.Text.Json;
using IepNavigator.Knowledge;

namespace IepNavigator.Dialogs.Letters;

/// <summary>content/letter-ledger.json: what sending a letter changes, remembered fields, phrases and messages.</summary>
public sealed class LetterLedgerContent : ChatContent<LetterLedgerDocument>
{
    private const string File = "letter-ledger.json";

    public LetterLedgerContent()
        : base(File, d => d.Messages, d => d.Phrases)
    {
        (SentVerbs, SentBy) = MergeVocabulary();
    }

    public LetterLedgerContent(LetterLedgerDocument document)
        : base(document, File, d => d.Messages, d => d.Phrases)
    {
        (SentVerbs, SentBy) = MergeVocabulary();
    }

    /// <summary>The English document: what sending changes is the same in every language; only sentences differ.</summary>
    private LetterLedgerDocument English => Documents.For(ContentLanguage.English);

    /// <summary>Words for "I sent it" of every language ("emailed", "lo mandé") and how each was sent.</summary>
    public IReadOnlyDictionary<string, string?> SentVerbs { get; }

    /// <summary>Words for how it was sent, every language ("by email", "por correo").</summary>
    public IReadOnlyDictionary<string, string> SentBy { get; }

    public IReadOnlyDictionary<string, string> FollowUpFields => English.FollowUpFields;

    public bool Matches(string kind, string normalizedText) => IsPhrase(kind, normalizedText);

    /// <summary>" by email", or "" when the parent did not say how.</summary>
    public string HowText(string? how) =>
        how is not null && Documents.Current.SentHow.TryGetValue(how, out var text) ? " " + text : "";

    /// <summary>Vocabulary, merged once: every message that might say "I sent it" looks words up here.</summary>
    private (Dictionary<string, string?> Verbs, Dictionary<string, string> By) MergeVocabulary() =>
        (Documents.All.SelectMany(l => l.Value.SentVerbs).DistinctBy(p => p.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal),
         Documents.All.SelectMany(l => l.Value.SentBy).DistinctBy(p => p.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal));

    public LetterLedgerRule RuleFor(string letterId) => English.Letters.GetValueOrDefault(letterId) ?? new LetterLedgerRule();
}

public sealed class LetterLedgerDocument
{
    public Dictionary<string, LetterLedgerRule> Letters { get; set; } = [];
    public Dictionary<string, string> FollowUpFields { get; set; } = [];
    public Dictionary<string, string?> SentVerbs { get; set; } = [];
    public Dictionary<string, string> SentBy { get; set; } = [];
    public Dictionary<string, string> SentHow { get; set; } = [];
    public Dictionary<string, List<string>> Phrases { get; set; } = [];
    public Dictionary<string, string> Messages { get; set; } = [];
}

/// <summary>What sending one letter changes on the case, and the letter that follows it up.</summary>
public sealed class LetterLedgerRule
{
    /// <summary>The value that stands for the day the letter was sent.</summary>
    public const string SentOnValue = "$sentOn";

    public Dictionary<string, JsonElement> Sent { get; set; } = [];
    public StageMove? Stage { get; set; }
    public Dictionary<string, JsonElement> Answered { get; set; } = [];
    public string? FollowUp { get; set; }

    /// <summary>What sending the letter on <paramref name="sentOn"/> states about the case.</summary>
    public CaseStatement SentStatement(DateOnly sentOn) => Statement(Sent, sentOn);

    /// <summary>What the school's answer on <paramref name="answeredOn"/> states about the case.</summary>
    public CaseStatement AnsweredStatement(DateOnly answeredOn) => Statement(Answered, answeredOn);

    /// <summary>The facts as contract JSON values ("$sentOn" is the day); a name or value outside the contract is a content error.</summary>
    private static CaseStatement Statement(Dictionary<string, JsonElement> facts, DateOnly day)
    {
        var stated = new CaseFacts();
        foreach (var (name, json) in facts)
        {
            var field = CaseFactFields.Get(name);
            object? value = json.ValueKind == JsonValueKind.String && json.GetString() == SentOnValue ? day : null;
            if (value is null && !FactJson.TryRead(field, json, out value))
            {
                throw new InvalidOperationException($"letter-ledger.json gives '{name}' a value that is not a {field.Kind}.");
            }
            stated = field.Write(stated, value);
        }
        return new CaseStatement { Facts = stated };
    }
}

/// <summary>A stage the letter moves the case to, only from the stages listed.</summary>
public sealed class StageMove
{
    public List<Stage> From { get; set; } = [];
    public Stage To { get; set; }
}

/// <summary>The contract's date text, yyyy-MM-dd, and back.</summary>
public static class PlainDate
{
    public static string Write(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Read(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
