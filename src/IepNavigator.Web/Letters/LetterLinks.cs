using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Content;
using IepNavigator.Letters;
using IepNavigator.Letters.Rendering;
using IepNavigator.Web.Links;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Web.Letters;

/// <summary>
/// Short-lived download links. The link carries the letter order encrypted and authenticated with ASP.NET Core
/// Data Protection and an expiry: it cannot be guessed or altered, reveals nothing about the family, needs no
/// server-side row, and stops working when it expires — or, for a link the chat issued, as soon as that parent says
/// "delete my data" (<see cref="OwnedLinkProtector"/>).
/// </summary>
public sealed class LetterLinks(IDataProtectionProvider protection, TimeProvider clock, LinkOwnerScope? owners = null)
{
    /// <summary>Long enough to download on a phone, short enough that a forwarded link soon dies.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(30);

    // v3: the link names its owner and data generation (v2: expiry judged by the host's TimeProvider).
    private readonly OwnedLinkProtector protector = new(protection, "IepNavigator.Letters.DownloadLink.v3", clock, owners);

    // A step's calendar has its own purpose: a letter token never opens as a step calendar, nor the other way round.
    private readonly OwnedLinkProtector stepProtector = new(protection, "IepNavigator.Letters.StepCalendarLink.v1", clock, owners);

    /// <summary>Where a dated step's calendar file is served.</summary>
    public const string StepCalendarPrefix = "/api/v1/letters/step-calendar/";

    /// <summary>
    /// The path (under /api/v1/letters/download/) of a link that renders <paramref name="order"/>. The order's
    /// language is sealed inside the token with everything else; a link in another language than English also shows
    /// it as <c>?lang=es</c>, which the download checks against the sealed one, so it cannot be changed without a new link.
    /// </summary>
    public string IssuePath(LetterOrder order, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!LetterLanguages.TryParse(order.Language, out var language) || language != order.Language)
        {
            throw new ArgumentException($"'{order.Language}' is not a letter language ({string.Join(", ", LetterLanguages.All)}).", nameof(order));
        }
        if (LetterLanguages.IsSideBySide(language) && order.Format != LetterFormat.Docx)
        {
            throw new ArgumentException("Side by side is a .docx only.", nameof(order));
        }

        var path = "/api/v1/letters/download/" + protector.ProtectJson(order, KnowledgeJson.Options, lifetime ?? DefaultLifetime);
        return language == ContentLanguage.English ? path : path + "?lang=" + language;
    }

    /// <summary>The order behind a token, or null when it is expired, tampered with, not ours, or its parent deleted their data.</summary>
    public Task<LetterOrder?> OpenAsync(string token, CancellationToken cancellationToken = default) =>
        protector.OpenJsonAsync<LetterOrder>(token, KnowledgeJson.Options, cancellationToken);

    /// <summary>The path of a link that renders the calendar file of one dated step (<see cref="StepCalendarPrefix"/> + token).</summary>
    public string IssueStepCalendarPath(StepCalendarOrder order, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!ContentLanguage.Supported.Contains(order.Language))
        {
            throw new ArgumentException($"'{order.Language}' is not a content language.", nameof(order));
        }
        return StepCalendarPrefix + stepProtector.ProtectJson(order, KnowledgeJson.Options, lifetime ?? DefaultLifetime);
    }

    /// <summary>The step calendar behind a token, or null when it is expired, tampered with, not ours, or its parent deleted their data.</summary>
    public Task<StepCalendarOrder?> OpenStepCalendarAsync(string token, CancellationToken cancellationToken = default) =>
        stepProtector.OpenJsonAsync<StepCalendarOrder>(token, KnowledgeJson.Options, cancellationToken);
}
