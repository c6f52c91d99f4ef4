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

    /// <summary>A Spanish answer as it goes into the English letter for the school: "[In Spanish: …]".</summary>
    public string FlaggedSpanish(string value) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, messages.In(Knowledge.Content.ContentLanguage.English, "letterField.inSpanish"), value);
}
