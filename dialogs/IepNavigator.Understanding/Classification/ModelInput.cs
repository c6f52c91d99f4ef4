using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Text;
using Microsoft.ML.Data;

namespace IepNavigator.Understanding.Classification;

/// <summary>One row the stage and intent models read: the normalized text and what kind of answer the bot awaited.</summary>
public sealed class ModelInput
{
    /// <summary>Normalized text (<see cref="TextNormalizer"/>), with "qmark" appended when the message has a question mark.</summary>
    public string Text { get; set; } = "";

    /// <summary>The kind of the awaited field ("none", "date", "yesno", "count", "state", "concerns", "name", "email"...).</summary>
    public string Awaiting { get; set; } = "none";

    /// <summary>The label when training (a stage name or "none"; an intent name); empty when predicting.</summary>
    public string Label { get; set; } = "";

    /// <summary>Training weight: rare labels weigh more, so a command seen 20 times is not drowned by 900 statements.</summary>
    public float Weight { get; set; } = 1;

    /// <summary>
    /// The row for <paramref name="text"/> as the library and the trainer both build it: the normalized text, plus
    /// marker words for what the words alone hide: a question mark, a clause that opens as a question, and the
    /// message's length (a two-word message is a command, a greeting or an answer far more often than a story).
    /// </summary>
    public static ModelInput For(string? text, string? awaiting)
    {
        var raw = text ?? "";
        if (raw.Length > MessageText.MaxLength)
        {
            raw = raw[..MessageText.MaxLength];
        }
        var normalized = TextNormalizer.Normalize(raw);
        var words = normalized.Length == 0 ? 0 : normalized.Count(c => c == ' ') + 1;
        var markers = new List<string>(3);
        if (raw.Contains('?', StringComparison.Ordinal) || raw.Contains('¿', StringComparison.Ordinal))
        {
            markers.Add("qmark");
        }
        if (OpensAsQuestion(raw, normalized))
        {
            markers.Add("qopen");
        }
        markers.Add(words switch { <= 2 => "lenxs", <= 5 => "lens", <= 15 => "lenm", _ => "lenl" });
        // Reviewable intent phrases (content/intents.json) as words the model weighs: a command seen twenty times in
        // training is recognised in wordings it has not seen.
        foreach (var intent in IntentPhrases.Value.FindAll(normalized))
        {
            markers.Add("int_" + intent.Replace("-", "", StringComparison.Ordinal));
        }
        // A message naming no word of special education or of a child's trouble at school (intents.json "domain"):
        // asked, it is an off-topic question far more often than a process question, whatever its subject (the bus,
        // lunch, a tutor), which no list of off-topic subjects can name in advance.
        if (words > 2 && !DomainWords.Value.IsMatch(normalized))
        {
            markers.Add(markers.Contains("qmark") || markers.Contains("qopen") ? "nodomainq" : "nodomain");
        }
        return new ModelInput
        {
            Text = normalized + " " + string.Join(' ', markers),
            Awaiting = AwaitingKind(awaiting),
        };
    }

    private static readonly Lazy<ClauseCues> Cues = new(() => new ClauseCues());

    private static readonly Lazy<Reading.KeyedPhrases> IntentPhrases = new(Reading.KeyedPhrases.Intents);

    private static readonly Lazy<Lexicon.PhraseSet> DomainWords = new(() =>
        Lexicon.PhrasePattern.Compile(Lexicon.LexiconFile.ReadAll<Lexicon.IntentsDocument>("intents.json").SelectMany(d => d.Document.Domain)));

    /// <summary>The normalized message names a word of special education or of a child's trouble at school (intents.json <c>domain</c>).</summary>
    internal static bool NamesDomain(string normalized) => DomainWords.Value.IsMatch(normalized);

    private static bool OpensAsQuestion(string raw, string normalized) =>
        normalized.Length > 0 && Cues.Value.StartsQuestion(raw.TrimStart(), normalized, raw.TrimEnd().EndsWith('?'));

    /// <summary>What kind of answer an awaited field takes: the model learns answers by kind, not by field name.</summary>
    public static string AwaitingKind(string? awaiting)
    {
        if (string.IsNullOrEmpty(awaiting))
        {
            return "none";
        }
        if (CaseFactFields.Find(awaiting) is { } fact)
        {
            return fact.Kind.ToString().ToLowerInvariant();
        }
        return LetterFields.KindOf(awaiting)?.ToString().ToLowerInvariant() ?? "other";
    }
}

/// <summary>What a trained model gives back: one probability per label, in the order of the model's label names.</summary>
public sealed class ModelOutput
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
