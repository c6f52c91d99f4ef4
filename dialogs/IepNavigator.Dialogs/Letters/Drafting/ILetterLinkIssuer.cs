using IepNavigator.Letters.Rendering;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// Issues a short-lived signed download link for one rendered letter. The host implements it over its
/// signed links (GET /api/v1/letters/download/...); the link must carry everything needed to render, so no
/// letter is stored on the server, and must stop working when it expires.
/// </summary>
public interface ILetterLinkIssuer
{
    /// <summary>An absolute URL (or a path the channel resolves) that downloads the English letter in <paramref name="format"/>.</summary>
    string IssueUrl(string letterId, LetterFormat format, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today);

    /// <summary>
    /// A link to the letter in <paramref name="language"/>: "en", "es", or "es-en" (the English letter and the
    /// Spanish copy side by side, .docx only); the language is part of what the link seals. An issuer that only
    /// knows English links (older hosts, tests) keeps this default, which refuses other languages.
    /// </summary>
    string IssueUrl(
        string letterId, LetterFormat format, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today, string language) =>
        language == ContentLanguage.English
            ? IssueUrl(letterId, format, fields, facts, today)
            : throw new NotSupportedException($"{GetType().Name} issues English links only, not '{language}'.");

    /// <summary>
    /// A link to the calendar file (.ics) of one dated step of the advice (a resolution meeting, a hearing decision, a
    /// filing window), in <paramref name="language"/>: the host renders it from these facts and day, so the date is the
    /// advice's. Null where the host serves no step calendars (tests, older hosts).
    /// </summary>
    string? IssueStepCalendarUrl(string stepId, CaseFacts facts, DateOnly today, string language) => null;
}
