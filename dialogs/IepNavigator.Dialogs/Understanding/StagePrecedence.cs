using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Understanding;

/// <summary>
/// The corpus guide's stage precedence (GUIDE.md B2: discipline first) over the model's reading: a message that tells of
/// a removal — a suspension count, a disciplinary change of placement, or a removal word (suspended, expelled, sent
/// home) in a statement — is at the discipline stage, whatever else it says. "My son has an IEP and he was expelled"
/// is discipline with the fact hasIep, not iep-in-place: having an IEP is a fact, not the stage.
/// </summary>
public sealed class StagePrecedence(StageRecognizer recognizer)
{
    /// <summary>The weight of content/stages.json's removal signals (suspended, expelled, sent home...), above "detention".</summary>
    private const int RemovalWeight = 4;

    private static readonly string Discipline = Knowledge.KnowledgeJson.EnumName(Stage.Discipline);

    /// <summary>
    /// Discipline when the model read a stage of lower precedence (sure or not) and the message tells of a removal; null
    /// when the model's reading stands. A message that reveals no stage keeps none (a question, someone else's child).
    /// </summary>
    public Stage? Override(MessageReading reading, string? text)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Stage.Best is { } read && read != Stage.Discipline && !reading.Suspicious && RemovalTold(reading, text)
            ? Stage.Discipline
            : null;
    }

    private bool RemovalTold(MessageReading reading, string? text)
    {
        var facts = reading.Facts;
        if (facts.DaysRemovedThisYear > 0 || facts.ConsecutiveDaysRemoved > 0 || facts.DisciplineChangeOfPlacementOn is not null)
        {
            // The reader states facts from statements only: a count or a decision date is a removal told.
            return true;
        }
        // A removal word in a question ("my son has a 504, can they suspend him?") tells no removal (GUIDE B3).
        return reading.Intent.Best is not (Intent.AskProcess or Intent.ExplainTerm)
            && recognizer.Recognize(text).Candidates.Any(c => c.Stage == Discipline && c.Score >= RemovalWeight);
    }
}
