using System.Globalization;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>
/// The language of one turn, kept in the turn's notes (<see cref="TurnNotes"/>) and applied as
/// <see cref="CultureInfo.CurrentUICulture"/>, which every content lookup reads. The culture is async-local: a parent's
/// "español" handled inside an awaited interruption would not be seen by the rest of the turn, so the runner applies the
/// turn's language again after an interruption that changed it.
/// </summary>
public static class TurnLanguage
{
    /// <summary>Begins the turn in <paramref name="language"/>; dispose at the end of the turn.</summary>
    public static IDisposable Begin(ITurnContext turnContext, string language)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnNotes.Of(turnContext).Language = ContentLanguage.Normalize(language);
        return ContentLanguage.Begin(language);
    }

    /// <summary>The turn's language, or null before <see cref="Begin"/> (the adapter's apology after a failure).</summary>
    public static string? Of(ITurnContext turnContext) =>
        turnContext is null ? null : TurnNotes.Find(turnContext)?.Language;

    /// <summary>Changes the language for the rest of the turn (the parent wrote "español", or wrote in Spanish).</summary>
    public static void Switch(ITurnContext turnContext, string language)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var notes = TurnNotes.Of(turnContext);
        notes.Language = ContentLanguage.Normalize(language);
        Apply(notes);
    }

    /// <summary>Sets the UI culture to the turn's language again, after an awaited call that may have switched it.</summary>
    public static void Apply(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        Apply(TurnNotes.Of(turnContext));
    }

    /// <summary>Sets the UI culture to <paramref name="notes"/>' language when it is not already.</summary>
    internal static void Apply(TurnNotes notes)
    {
        if (notes.Language is { } language && ContentLanguage.Current != language)
        {
            CultureInfo.CurrentUICulture = ContentLanguage.Culture(language);
        }
    }
}
