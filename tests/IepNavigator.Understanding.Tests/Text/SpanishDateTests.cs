using System.Globalization;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Tests.Text;

/// <summary>Spanish dates read as the English ones are (NaturalDateParser.Spanish.cs).</summary>
public class SpanishDateTests
{
    // Thanksgiving 2026, a Thursday (as in NaturalDateParserTests).
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("3 de septiembre", "2026-09-03", false)]
    [InlineData("el 3 de sept", "2026-09-03", false)]
    [InlineData("el 3 de sept.", "2026-09-03", false)]
    [InlineData("3 de setiembre", "2026-09-03", false)]
    [InlineData("el 3 de Septiembre", "2026-09-03", false)]
    [InlineData("septiembre 3", "2026-09-03", false)]
    [InlineData("15 de diciembre", "2025-12-15", false)]
    [InlineData("el 15 de dic", "2025-12-15", false)]
    [InlineData("el 10 de ago", "2026-08-10", false)]
    [InlineData("3 de septiembre de 2025", "2025-09-03", false)]
    [InlineData("3 de septiembre del 2025", "2025-09-03", false)]
    [InlineData("el primero de octubre", "2026-10-01", false)]
    [InlineData("1ro de octubre", "2026-10-01", false)]
    [InlineData("1º de octubre", "2026-10-01", false)]
    [InlineData("el 3 de mayo del año pasado", "2025-05-03", false)]
    [InlineData("pedí la evaluación el miércoles 3 de septiembre por correo", "2026-09-03", false)]
    [InlineData("ayer", "2026-11-25", false)]
    [InlineData("hoy", "2026-11-26", false)]
    [InlineData("esta mañana", "2026-11-26", false)]
    [InlineData("anteayer", "2026-11-24", false)]
    [InlineData("antier", "2026-11-24", false)]
    [InlineData("el lunes pasado", "2026-11-23", false)]
    [InlineData("el pasado lunes", "2026-11-23", false)]
    [InlineData("el lunes", "2026-11-23", false)]
    [InlineData("el jueves pasado", "2026-11-19", false)]
    [InlineData("el jueves", "2026-11-26", false)]
    [InlineData("el miércoles", "2026-11-25", false)]
    [InlineData("el sabado", "2026-11-21", false)]
    [InlineData("la semana pasada", "2026-11-19", true)]
    [InlineData("el mes pasado", "2026-10-26", true)]
    [InlineData("el año pasado", "2025-11-26", true)]
    [InlineData("el ano pasado", "2025-11-26", true)]
    [InlineData("hace 3 semanas", "2026-11-05", true)]
    [InlineData("hace unos 2 meses", "2026-09-26", true)]
    [InlineData("hace un mes", "2026-10-26", true)]
    [InlineData("hace como un mes", "2026-10-26", true)]
    [InlineData("hace dos meses", "2026-09-26", true)]
    [InlineData("hace un par de semanas", "2026-11-12", true)]
    [InlineData("hace unas semanas", "2026-11-05", true)]
    [InlineData("hace 10 días", "2026-11-16", false)]
    [InlineData("hace unos días", "2026-11-23", true)]
    [InlineData("hace un año", "2025-11-26", true)]
    [InlineData("3 semanas atrás", "2026-11-05", true)]
    [InlineData("en octubre", "2026-10-01", true)]
    [InlineData("octubre", "2026-10-01", true)]
    [InlineData("a principios de octubre", "2026-10-05", true)]
    [InlineData("a mediados de octubre", "2026-10-15", true)]
    [InlineData("a finales de octubre", "2026-10-25", true)]
    [InlineData("a fines de diciembre", "2025-12-25", true)]
    [InlineData("a principios de sept", "2026-09-05", true)]
    [InlineData("en noviembre", "2026-11-01", true)]
    [InlineData("en mayo", "2026-05-01", true)]
    [InlineData("octubre de 2025", "2025-10-01", true)]
    [InlineData("en septiembre del año pasado", "2025-09-01", true)]
    [InlineData("la primavera pasada", "2026-04-15", true)]
    [InlineData("el otoño pasado", "2025-10-15", true)]
    [InlineData("el otono pasado", "2025-10-15", true)]
    [InlineData("este verano", "2026-07-15", true)]
    public void Parse_SpanishPastForms_ResolveRelativeToToday(string text, string expected, bool approximate)
    {
        var parsed = NaturalDateParser.Parse(text, Today, DateDirection.Past);

        Assert.NotNull(parsed);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), parsed.Date);
        Assert.Equal(approximate, parsed.Approximate);
    }

    [Theory]
    [InlineData("3 de diciembre", "2026-12-03")]
    [InlineData("3 de septiembre", "2027-09-03")]
    [InlineData("el próximo martes", "2026-12-01")]
    [InlineData("el martes", "2026-12-01")]
    [InlineData("el martes que viene", "2026-12-01")]
    [InlineData("mañana", "2026-11-27")]
    [InlineData("mañana por la mañana", "2026-11-27")]
    [InlineData("pasado mañana", "2026-11-28")]
    [InlineData("en 2 semanas", "2026-12-10")]
    [InlineData("dentro de 2 semanas", "2026-12-10")]
    [InlineData("a principios de diciembre", "2026-12-05")]
    [InlineData("el próximo verano", "2027-07-15")]
    [InlineData("en la primavera", "2027-04-15")]
    public void Parse_SpanishFutureDirection_PlacesYearlessDatesAhead(string text, string expected)
    {
        var parsed = NaturalDateParser.Parse(text, Today, DateDirection.Future);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), parsed?.Date);
    }

    [Theory]
    [InlineData("el próximo lunes", "2026-11-30")]
    [InlineData("el lunes que viene", "2026-11-30")]
    [InlineData("dentro de 2 semanas", "2026-12-10")]
    [InlineData("mañana", "2026-11-27")]
    [InlineData("3 de diciembre de 2026", "2026-12-03")]
    [InlineData("la próxima primavera", "2027-04-15")]
    public void Parse_SpanishExplicitFutureWhilePastExpected_KeepsTheFutureDate(string text, string expected)
    {
        var parsed = NaturalDateParser.Parse(text, Today, DateDirection.Past);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), parsed?.Date);
        Assert.True(parsed!.Date > Today);
    }

    [Theory]
    [InlineData("3/9", "2026-03-09")]
    [InlineData("9/3/2025", "2025-09-03")]
    [InlineData("el 9/3", "2026-09-03")]
    public void Parse_NumericDates_StayUsMonthDay(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), NaturalDateParser.Parse(text, Today)?.Date);
    }

    [Theory]
    [InlineData("no sé")]
    [InlineData("no me acuerdo")]
    [InlineData("Todavía no la he pedido")]
    [InlineData("todavía no")]
    [InlineData("nunca")]
    [InlineData("hola")]
    [InlineData("tiene un 504")]
    [InlineData("30 de febrero")]
    [InlineData("30 de feb")]
    [InlineData("hoy en día no lee bien")]
    [InlineData("vivimos en Santo Domingo")]
    [InlineData("lo suspendieron por 3 días")]
    [InlineData("lo llevo por la mañana")]
    [InlineData("hace calor")]
    [InlineData("la escuela de mi hijo")]
    public void Parse_SpanishNoDate_ReturnsNull(string text)
    {
        Assert.Null(NaturalDateParser.Parse(text, Today));
    }

    [Theory]
    [InlineData("I asked 3 weeks ago", "2026-11-05")]
    [InlineData("in May", "2026-05-01")]
    [InlineData("early October", "2026-10-05")]
    [InlineData("Sept 3", "2026-09-03")]
    public void Parse_EnglishStillReadsTheSame(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), NaturalDateParser.Parse(text, Today)?.Date);
    }
}
