using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge.Text;

namespace IepNavigator.Dialogs.Letters.Interruptions;

/// <summary>
/// Reads "I sent it", "I emailed it today", "I mailed it on Monday", "sent it by certified mail yesterday":
/// the verb (and "by ...") say how, the rest says when. Anything longer than a short date phrase is not read as
/// this (the parent is telling a story, e.g. "I sent an email asking for an evaluation last month").
/// </summary>
public sealed partial class SentMessage
{
    private const int MaxWhenWords = 4;
    private readonly Regex _pattern;
    private readonly Regex _by;
    private readonly LetterLedgerContent _content;

    public SentMessage(LetterLedgerContent content)
    {
        _content = content ?? throw new ArgumentNullException(nameof(content));
        var verbs = string.Join('|', content.SentVerbs.Keys.OrderByDescending(v => v.Length).Select(Regex.Escape));
        // Linear-time (BoundedRegex): a parent's message can never make it slow, and a busy CPU can never time it out.
        _pattern = BoundedRegex.Create(
            // English ("I just emailed it") and Spanish ("ya la envié", "la mandé por correo") openers and fillers, after a
            // returning parent's greeting ("hi, I'm back — I sent the letter on December 1", "hola, ya volví, la mandé ayer").
            $@"^(?:(?:hi|hello|hey|hola|buenas|buenos dias|buenas tardes|good morning|good afternoon)(?: again| there| de nuevo)? )?(?:(?:im|i am|were|we are|ya estoy|estoy) (?:back|de vuelta|de regreso) |(?:ya )?(?:volvi|regrese) )?(?:ok |okay |yes |done |great |si |listo |bueno )?(?:i |ive |i have |we |weve |we have |yo )?(?:just |already |finally |now |ya |hoy )*(?<verb>{verbs})(?: it| the letter| the request| off| in| over| out| la carta| la solicitud)*(?<rest>(?: .*)?)$",
            RegexOptions.CultureInvariant);
        var by = string.Join('|', content.SentBy.Keys.OrderByDescending(v => v.Length).Select(Regex.Escape));
        _by = BoundedRegex.Create($@"\b(?:by|via|through|in the|por|en|a|con) (?<by>{by})\b", RegexOptions.CultureInvariant);
    }

    /// <summary>When and how the parent says they sent it, or null when the message is not that.</summary>
    public (DateOnly SentOn, string? How)? Read(string normalizedText, DateOnly today)
    {
        var match = BoundedRegex.Match(_pattern, normalizedText ?? "");
        if (!match.Success)
        {
            return null;
        }
        var how = _content.SentVerbs.GetValueOrDefault(match.Groups["verb"].Value);
        var rest = match.Groups["rest"].Value;
        var by = BoundedRegex.Match(_by, rest);
        if (by.Success)
        {
            how ??= _content.SentBy.GetValueOrDefault(by.Groups["by"].Value);
            rest = rest.Remove(by.Index, by.Length);
        }
        rest = Receipt().Replace(Recipient().Replace(rest, " "), "").Trim();
        if (rest.Length == 0)
        {
            return (today, how);
        }
        if (rest.Split(' ').Length > MaxWhenWords)
        {
            return null;
        }
        if (NaturalDateParser.Parse(rest, today) is { } when)
        {
            return (when.Date, how);
        }
        return JustNow().IsMatch(rest) ? (today, how) : null;
    }

    /// <summary>Both are bounded, for the test that a parent's message cannot run them away.</summary>
    internal IEnumerable<Regex> Patterns => [_pattern, _by, JustNow(), Recipient(), Receipt()];

    [GeneratedRegex(@"^(?:this (?:morning|afternoon|evening)|just now|earlier(?: today)?|a (?:moment|minute|few minutes) ago|tonight|right now|esta (?:manana|tarde|noche)|hace (?:un rato|un momento|unos minutos)|ahorita|ahora)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex JustNow();

    // "..., she said she got it" / "y me dijeron que ya la recibieron": the school's receipt, told after when it was sent.
    [GeneratedRegex(@"(?:\band |\by )?\b(?:(?:she|he|they|the (?:school|principal|teacher|director|district)) (?:said|says|wrote back|replied|told me|emailed back)(?: that)? |me (?:dijo|dijeron|contesto|contestaron|confirmo|confirmaron|escribieron)(?: que)? )?(?:(?:she|he|they|the (?:school|principal|teacher|director|district)) (?:got|received|has|have|confirmed|acknowledged)(?: it| the letter| receipt| getting it| receiving it)?|(?:ya )?(?:la|lo) (?:recibio|recibieron|tiene|tienen))$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Receipt();

    [GeneratedRegex(@"\b(?:to (?:the |my |our |his |her )?(?:school|district|principal|director|teacher|case manager|them|her|him)|a (?:la |el )?(?:escuela|distrito|director|directora|maestra|maestro))\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Recipient();
}
