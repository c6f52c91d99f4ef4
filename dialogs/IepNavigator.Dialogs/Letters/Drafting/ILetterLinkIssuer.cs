using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// Issues a short-lived signed download link for one rendered letter. The host implements it over its
/// signed links (GET /api/v1/letters/download/...); the link must carry everything needed to render, so no
/// letter is stored on the server, and must stop working when it expires.
/// </summary>
public interface ILetterLinkIssuer
{
    /// <summary>An absolute URL (or a path the channel resolves) that downloads the letter in <paramref name="format"/>.</summary>
    string IssueUrl(string letterId, LetterFormat format, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today);
}
