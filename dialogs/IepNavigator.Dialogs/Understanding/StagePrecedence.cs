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
    /// Discipline when the model is not sure of discipline (it read another stage, none, or discipline only as a guess)
    /// and a statement of the message tells of a removal; null when the model's reading stands. "he has a 504 and got
    /// suspended" splits the model between discipline and plan504: the removal told decides (B2), the 504 stays a fact,
    /// and the manifestation review applies to 504 children too. A question or someone else's child alone tells
    /// nothing, so keeps no stage; a removal told beside a question ("... they sent him home 3 times, is that legal?",
    /// where the model reads the question and no stage) is still told.
    /// </summary>
    public Stage? Override(MessageReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Stage is not { Best: Stage.Discipline, Unsure: false } && !reading.Suspicious && RemovalTold(reading)
            ? Stage.Discipline
            : null;
    }

    private bool RemovalTold(MessageReading reading)
    {
        var facts = reading.Facts;
        if (facts.DaysRemovedThisYear > 0 || facts.ConsecutiveDaysRemoved > 0 || facts.DisciplineChangeOfPlacementOn is not null)
        {
            // The reader states facts from statements only: a count or a decision date is a removal told.
            return true;
        }
        // Only the statements count: a removal word in a question ("my son has a 504, can they suspend him?") tells no
        // removal (GUIDE B3), while one told beside a question does ("he has an IEP and they sent him home 3 times, is
        // that legal?"). Each clause alone, so words from two clauses never make a removal together.
        return reading.Statements.Any(statement => recognizer.Scores(statement, Discipline, RemovalWeight));
    }
}
