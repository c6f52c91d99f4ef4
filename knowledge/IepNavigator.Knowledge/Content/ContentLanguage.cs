using System.Globalization;

namespace IepNavigator.Knowledge.Content;

/// <summary>
/// The language a parent reads. Content (messages, steps, letters) follows <see cref="CultureInfo.CurrentUICulture"/>,
/// as .NET resources do: the chat sets it once per turn from the parent's choice or the activity's locale, a web
/// endpoint from its request (<see cref="Begin"/>), and code that knows the language passes it explicitly instead.
/// </summary>
public static class ContentLanguage
{
    public const string English = "en";
    public const string Spanish = "es";

    /// <summary>Every language with a full set of content; English is the source and the fallback.</summary>
    public static IReadOnlyList<string> Supported { get; } = [English, Spanish];

    /// <summary>The language of the current UI culture: "en" or "es" (anything else reads English).</summary>
    public static string Current
    {
        get
        {
            // TwoLetterISOLanguageName is cached by the culture, so the many lookups of a turn allocate nothing.
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            return language == Spanish ? Spanish : English;
        }
    }

    /// <summary>"es-US", "es", "ES_mx" → "es"; anything unsupported or empty → "en".</summary>
    public static string Normalize(string? locale)
    {
        // Already a language (what Current returns): every date in every sentence asks, so no split per call.
        if (locale is English or Spanish)
        {
            return locale;
        }
        if (string.IsNullOrWhiteSpace(locale))
        {
            return English;
        }
        var language = locale.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Supported.Contains(language) ? language : English;
    }

    /// <summary>True when <paramref name="locale"/> names a language we have content for (not just the fallback).</summary>
    public static bool IsSupported(string? locale) =>
        !string.IsNullOrWhiteSpace(locale) && Supported.Contains(locale.Trim().Split('-', '_')[0].ToLowerInvariant());

    /// <summary>The UI culture that stands for <paramref name="language"/>: en-US or es-US.</summary>
    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(Tag(language));

    /// <summary>
    /// Sets <see cref="CultureInfo.CurrentUICulture"/> to <paramref name="language"/> for the rest of this async flow
    /// (a request, a turn, a test); dispose to restore the previous culture. Like any async-local value, a change made
    /// inside an awaited call is not seen by its caller: the chat keeps the turn's language in its turn state for that.
    /// </summary>
    public static IDisposable Begin(string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture(language);
        return new Restore(previous);
    }

    /// <summary>The BCP 47 tag used on activities and documents: "en-US" or "es-US".</summary>
    public static string Tag(string language) => Normalize(language) == Spanish ? "es-US" : "en-US";

    private sealed class Restore(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
