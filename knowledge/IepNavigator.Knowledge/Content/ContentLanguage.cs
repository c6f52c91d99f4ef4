using System.Globalization;

namespace IepNavigator.Knowledge.Content;

/// <summary>
/// The language a parent reads, for the current turn or request. Content (messages, steps, letters) is chosen
/// by it, the way .NET resources follow <see cref="CultureInfo.CurrentUICulture"/>. The chat sets it once per
/// turn with <see cref="Begin"/>; a parent's "español" mid-turn changes it with <see cref="Switch"/>, and the
/// change is seen by everything later in that turn (the holder is shared, so it flows back out of awaited
/// calls, which an AsyncLocal value alone would not). Outside a scope (the web API) the UI culture decides.
/// </summary>
public static class ContentLanguage
{
    public const string English = "en";
    public const string Spanish = "es";

    /// <summary>Every language with a full set of content; English is the source and the fallback.</summary>
    public static IReadOnlyList<string> Supported { get; } = [English, Spanish];

    private static readonly AsyncLocal<Holder?> Scope = new();

    /// <summary>The language of the current turn or request: "en" or "es".</summary>
    public static string Current => Scope.Value?.Language ?? Normalize(CultureInfo.CurrentUICulture.Name);

    /// <summary>The language of the scope begun for this async flow, or null outside one.</summary>
    public static string? InScope => Scope.Value?.Language;

    /// <summary>"es-US", "es", "ES_mx" → "es"; anything unsupported or empty → "en".</summary>
    public static string Normalize(string? locale)
    {
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

    /// <summary>Sets the language for the rest of this async flow (one turn). Dispose to restore the previous one.</summary>
    public static IDisposable Begin(string language)
    {
        var previous = Scope.Value;
        Scope.Value = new Holder { Language = Normalize(language) };
        return new Restore(previous);
    }

    /// <summary>Changes the language of the scope already begun (a parent's "español" mid-turn); begins one if none.</summary>
    public static void Switch(string language)
    {
        if (Scope.Value is { } holder)
        {
            holder.Language = Normalize(language);
        }
        else
        {
            Scope.Value = new Holder { Language = Normalize(language) };
        }
    }

    /// <summary>The BCP 47 tag used on activities and documents: "en-US" or "es-US".</summary>
    public static string Tag(string language) => Normalize(language) == Spanish ? "es-US" : "en-US";

    private sealed class Holder
    {
        public required string Language { get; set; }
    }

    private sealed class Restore(Holder? previous) : IDisposable
    {
        public void Dispose() => Scope.Value = previous;
    }
}
