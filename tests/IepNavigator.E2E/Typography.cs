using System.Text;
using System.Text.RegularExpressions;

namespace IepNavigator.E2E;

/// <summary>
/// Web Chat renders Markdown with typographic quotes (child's → child’s), so text the bot sent is compared with
/// what the browser shows after straightening the quotes.
/// </summary>
public static class Typography
{
    /// <summary>Curly quotes and apostrophes made straight.</summary>
    public static string Straight(string text) =>
        new StringBuilder(text).Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"').ToString();

    /// <summary>A pattern that finds <paramref name="text"/> with straight or curly quotes.</summary>
    public static Regex Loose(string text) =>
        new(Regex.Escape(Straight(text)).Replace("'", "['\u2018\u2019]", StringComparison.Ordinal).Replace("\"", "[\"\u201C\u201D]", StringComparison.Ordinal),
            RegexOptions.None, TimeSpan.FromSeconds(1));
}
