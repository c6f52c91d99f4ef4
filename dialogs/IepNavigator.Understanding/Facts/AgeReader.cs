using System.Globalization;
using System.Text.RegularExpressions;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Facts;

/// <summary>
/// The child's age, only from an age (GUIDE.md E13): "he's 7", "my 7yo", "7 year old", "tiene 9 años". "almost 8" is 7
/// ("va pa los 8", going on 8, too), "just turned 8" is 8. Not from a grade, a birth date or "my toddler". 0–22, as the contract allows.
/// </summary>
internal static partial class AgeReader
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["un"] = 1, ["uno"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8,
        ["nueve"] = 9, ["diez"] = 10, ["once"] = 11, ["doce"] = 12, ["trece"] = 13, ["catorce"] = 14, ["quince"] = 15,
        ["dieciseis"] = 16, ["diecisiete"] = 17, ["dieciocho"] = 18, ["diecinueve"] = 19, ["veinte"] = 20,
    };

    private const string Number = "(?<n>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte)";

    /// <summary>A grade said right after the age.</summary>
    private const string Grade = "\\d{1,2}(st|nd|rd|th)\\b|(kinder|kindergarten|pre-k|prek|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|freshman|sophomore|junior|senior|primero|segundo|tercero|cuarto|quinto|sexto|septimo|octavo|noveno)\\b";

    /// <summary>
    /// A number set off right after the child's name, in raw text: "my son jayden (10, 5th grade)", "my daughter Mia, 7,
    /// has…" (the brackets and commas are gone once normalized, and "son jayden 10" alone would also read "my son Tyler 3
    /// times").
    /// </summary>
    public static int? ReadAfterName(string raw)
    {
        var m = AfterName().Match(raw);
        return m.Success && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 2 and <= 22 ? n : null;
    }

    /// <summary>The normalized clause names a child ("my son", "mi hija"): only then is <see cref="ReadAfterName"/> worth a look.</summary>
    public static bool NamesAChild(string normalized) => ChildWord().IsMatch(normalized);

    public static int? Read(string normalized)
    {
        var m = Age().Match(normalized);
        if (!m.Success)
        {
            return null;
        }
        var text = m.Groups["n"].Value;
        var n = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits : Words.GetValueOrDefault(text, -1);
        if (m.Groups["almost"].Success)
        {
            n--;
        }
        return n is >= 0 and <= 22 ? n : null;
    }

    [GeneratedRegex(@"\b((?<almost>almost|nearly|casi|por cumplir|will be|ll be|turns|is turning|va a cumplir|cumple|va a tener)\s+|(just turned|acaba de cumplir|recien cumplio|cumplio)\s+)?"
        // A duration is no age: "she's been here 4 years", "lleva 4 años aquí", "more than 3 years", "no ha avanzado en dos años",
        // "ya van 2 años con lo mismo", "lo expulsaron por un año".
        + @"(?<!\b(?:here|aqui|been|for|than|over|past|last|lleva|llevan|llevo|llevamos|llevaba|van|por|en|in|esperar|wait|within|durante|de hace|cada|every|each)\s+)" + Number
        + @"(?<!\bhace\s+\S*\s*)(\s*|-)(years?|yrs?|yo|y o|year-old|yr-old|anos|anitos|ano|anito)(?!\s*(ago|atras|back|before|later|from now))(\s*|-)(old|de edad)?\b"
        // "my son is 14, 9th grade", "Son is 9, 4th grade", "My daughter (12, 7th grade, Illinois)": the comma is gone once
        // normalized, so a grade right after the number closes the age as "and" does; "he's 9 not 8" corrects it; "my youngest (5)
        // gets preschool sped" names the child by birth order.
        // "her 30 minutes is 15 now": a number of minutes or sessions cut to another is no age.
        + @"|(?<!\b(?:minutes?|mins?|sessions?|hours?|hrs|minutos|sesiones|horas)\s+)\b(he is|she is|hes|shes|he s|she s|is|who is|turned|tiene|cumplio|(?<!\b\d{1,2}\s)de|hell|shell|he ll|she ll|son|daughter|sons|daughters|grandson|granddaughter|hijo|hija|ds|dd|kid|kiddo|child|youngest|oldest)\s+((?<almost>almost|nearly|casi|be|turning)\s+)?" + Number + @"\b(?=\s*(years?|yrs?|anos|anitos|and|y|$|now|ahora|in|en|with|con|but|pero|going|he|she|not|no|has|is|gets|goes|w|,|" + Grade + @"))(?!\s+(days?|weeks?|months?|times|dias|semanas|meses|veces|minutes?|minutos|hours?|horas|grade|grado|th|st|nd|rd))"
        // "mi hijo de 6 avienta los zapatos", "mi niña de 7 lee al reves": a child word, "de" and a number is an age whatever
        // follows, unless a unit, a grade or a count's noun does ("mi hijo de 2do", "de 10 palabras"); "el hijo de un vecino" is none.
        + @"|\b(hijo|hija|nino|nina|chamaco|chamaca|nene|nena)\s+de\s+(?!un\b|uno\b)" + Number + @"\b(?!\s*(dias?|semanas?|meses|mes|veces|minutos?|horas?|grado|de|palabras|metas|objetivos|sesiones|puntos|por ciento|%))"
        + @"|\bmy\s+" + Number + @"\s*(yo|y o|year old|yr old)\b"
        + @"|\b(?<almost>va a cumplir|cumple|cumplira|va para los|va pa los|will turn|turns|is turning|ll turn|ll be|will be)\s+" + Number + @"\b(?!\s*(days?|weeks?|months?|times|dias|semanas|meses|veces|grade|grado|th|st|nd|rd|de|in a row|seguidos))", RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    private const string ChildWords = "son|daughter|boy|girl|kid|child|ds|dd|grandson|granddaughter|stepson|stepdaughter|hijo|hija|nino|niño|nina|niña|nieto|nieta";

    [GeneratedRegex(@"\b(" + ChildWords + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChildWord();

    [GeneratedRegex(@"\b(" + ChildWords + @")\s+(?!(?:has|had|is|was|and|who|got|gets|goes|went|also|just|now|then|but|so|for|in|at|on|with|tiene|es|esta|está|y|que|pero)\b)\p{L}[\p{L}'-]+\s*[(,]\s*(?<n>\d{1,2})\s*(?=[),]|y/?o\b|yrs?\b|years?\b|años\b|anos\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterName();
}
