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

    /// <summary>The row for <paramref name="text"/> as the library and the trainer both build it.</summary>
    public static ModelInput For(string? text, string? awaiting, int maxLength = MessageText.MaxLength)
    {
        var raw = text ?? "";
        if (raw.Length > maxLength)
        {
            raw = raw[..maxLength];
        }
        var normalized = TextNormalizer.Normalize(raw);
        return new ModelInput
        {
            Text = raw.Contains('?', StringComparison.Ordinal) || raw.Contains('¿', StringComparison.Ordinal) ? normalized + " qmark" : normalized,
            Awaiting = AwaitingKind(awaiting),
        };
    }

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
