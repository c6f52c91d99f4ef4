using IepNavigator.Knowledge.Content;
using IepNavigator.Triage.Wording;

namespace IepNavigator.Triage.Urgency;

/// <summary>
/// Urgency in words, from packet-text.json: the level's label ("Urgent", "Soon", "Routine": the one vocabulary of the
/// console, the brief, the webhook and the parent's preview) and each reason's sentence, in any language.
/// </summary>
public static class UrgencyWording
{
    /// <summary>The level's name in <paramref name="language"/>.</summary>
    public static string Label(UrgencyLevel level, string language, TriageText? text = null) =>
        (text ?? TriageText.Default).Packet(language).Get("levels." + Code(level));

    /// <summary>What the level asks of the advocates ("call within a business day").</summary>
    public static string Hint(UrgencyLevel level, string language, TriageText? text = null) =>
        (text ?? TriageText.Default).Packet(language).Get("levelHints." + Code(level));

    /// <summary>The reason's sentence in <paramref name="language"/>.</summary>
    public static string Sentence(UrgencyReason reason, string language, TriageText? text = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var words = (text ?? TriageText.Default).Packet(language);
        var detail = reason.Steps.Count > 0
            ? string.Join("; ", reason.Steps.Select(step => $"{DatedLabel(words, step)} ({PlainDates.Long(step.DueBy, language)})"))
            : reason.Detail ?? string.Empty;
        return words.Get("reasons." + reason.Code)
            .Replace("{days}", reason.Days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal)
            .Replace("{date}", reason.Date is { } date ? PlainDates.Long(date, language) : string.Empty, StringComparison.Ordinal)
            .Replace("{detail}", detail, StringComparison.Ordinal);
    }

    /// <summary>What falls due on the step's date: its clock when known ("the school's answer to the evaluation request"), else the step.</summary>
    private static string DatedLabel(ContentStrings words, DatedStep step) =>
        step.What is { } what && words.Find("deadlineNames." + what) is { } clock ? clock : StepLabel(words, step.Id);

    /// <summary>The step as the advocates name it; its id when content has no wording for it yet (a test forbids that).</summary>
    public static string StepLabel(ContentStrings words, string stepId)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Find("steps." + stepId) ?? stepId;
    }

    /// <summary>"urgent", "priority", "routine": the stable code stored and sent.</summary>
    public static string Code(UrgencyLevel level) => Knowledge.KnowledgeJson.EnumName(level);
}
