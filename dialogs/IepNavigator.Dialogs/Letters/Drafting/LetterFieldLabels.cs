using IepNavigator.Letters;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// What a letter field is called in a language, and the visible placeholder that stands in the letter for a field the
/// parent can't give ("[Name of the principal]"). Shared fields are named in messages.json (<c>letterField.*</c>), a
/// letter's own fields by their template's label.
/// </summary>
public sealed class LetterFieldLabels(MessageCatalog messages, LetterRenderer renderer)
{
    public string Label(string letterId, string field, string language) =>
        SharedLetterFields.Find(field) is not null
            ? messages.In(language, "letterField." + field)
            : renderer.Catalog.Find(letterId, language)?.Fields.FirstOrDefault(f => f.Name == field)?.Label ?? field;

    public string Placeholder(string letterId, string field, string language) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, messages.In(language, "letterField.placeholder"), Label(letterId, field, language));

    /// <summary>
    /// A field's value as the chat says it back ("Changed in your letter details: …"): a stored date ("2019-03-04", how a
    /// date of birth is kept so each letter writes it in its language) in words, "March 4, 2019"; anything else as typed.
    /// </summary>
    public static string? Shown(string? value) =>
        PlainDate.Read(value) is { } date ? Knowledge.Content.PlainDates.Long(date, Knowledge.Content.ContentLanguage.Current) : value;

    /// <summary>A Spanish answer as it goes into the English letter for the school: "[In Spanish: …]".</summary>
    public string FlaggedSpanish(string value) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, messages.In(Knowledge.Content.ContentLanguage.English, "letterField.inSpanish"), value);
}
