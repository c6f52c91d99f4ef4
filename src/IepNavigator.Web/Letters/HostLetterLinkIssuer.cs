using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;

namespace IepNavigator.Web.Letters;

/// <summary>
/// The chat's download links (<see cref="ILetterLinkIssuer"/>) over the host's signed, expiring <see cref="LetterLinks"/>.
/// "Letters:PublicBaseUrl" makes the links absolute (Teams needs that); otherwise they are host-relative, which
/// the widget (widget.js) makes absolute against its host. Register: <c>services.AddSingleton&lt;ILetterLinkIssuer, HostLetterLinkIssuer&gt;()</c>.
/// </summary>
public sealed class HostLetterLinkIssuer(LetterLinks links, IConfiguration configuration) : ILetterLinkIssuer
{
    private readonly Uri? baseUrl = Uri.TryCreate(configuration?["Letters:PublicBaseUrl"], UriKind.Absolute, out var configured) ? configured : null;

    public string IssueUrl(string letterId, LetterFormat format, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today) =>
        IssueUrl(letterId, format, fields, facts, today, ContentLanguage.English);

    /// <summary>A link to the letter in <paramref name="language"/>: "en", "es", or "es-en" (side by side, .docx only).</summary>
    public string IssueUrl(
        string letterId, LetterFormat format, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today, string language)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var path = links.IssuePath(new LetterOrder(letterId, format, new Dictionary<string, string?>(fields), facts, today, language));
        return baseUrl is null ? path : new Uri(baseUrl, path).ToString();
    }

    /// <summary>A link to the calendar file of one dated step, rendered by the host from these facts and day.</summary>
    public string? IssueStepCalendarUrl(string stepId, CaseFacts facts, DateOnly today, string language)
    {
        var path = links.IssueStepCalendarPath(new StepCalendarOrder(stepId, facts, today, language));
        return baseUrl is null ? path : new Uri(baseUrl, path).ToString();
    }
}
