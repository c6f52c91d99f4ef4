using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Three reading bugs the lead found (issue 17), each wording written for the purpose: a request whose verb and "to
/// evaluate" / "que evaluaran" lie far apart (the school, the manner and the date between them); a negated possession
/// ("I have no records") read as a yes; a skill the child has ("he can read", "sí lee") read as a concern.
/// </summary>
public sealed class LongMiddleAndStrengthTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("Le pedí por escrito a la escuela el 3 de octubre que evaluaran a mi hijo")]
    [InlineData("El 3 de octubre le pedí por escrito a la escuela que evaluaran a mi hijo")]
    [InlineData("Le pedí a la directora de la escuela Lincoln por escrito el 3 de octubre que evaluaran a mi hijo")]
    [InlineData("Les pedí por correo a la escuela el 3 de octubre que le hicieran pruebas a mi hija")]
    [InlineData("I put in a written request with the principal at Lincoln on October 3 for an evaluation")]
    [InlineData("I emailed the principal at Lincoln on October 3 and asked that they evaluate him")]
    [InlineData("I asked the principal at Lincoln in writing on October 3 to have him evaluated")]
    public void AWrittenRequest_WithALongMiddle_IsDatedAndInWriting(string text)
    {
        var facts = Reader.Read(text, Unprompted).Facts;
        Assert.Equal(new DateOnly(2026, 10, 3), facts.EvaluationRequestedOn);
        Assert.True(facts.RequestInWriting);
    }

    [Theory]
    // The far "que" must still be the evaluation asked for: asking the teacher something else is no request.
    [InlineData("le pedí a la maestra el 3 de octubre que me dijera cómo va mi hijo")]
    [InlineData("I emailed the principal at Lincoln and asked that they call me back about the bus")]
    public void AFarQue_AboutSomethingElse_IsNoRequest(string text)
    {
        Assert.Null(Reader.Read(text, Unprompted).Facts.EvaluationRequestedOn);
    }

    [Theory]
    [InlineData("I have no records of anything")]
    [InlineData("we have no file from the school, nothing")]
    public void ANegatedPossession_IsNo(string text)
    {
        Assert.False(Reader.Read(text, Unprompted).Facts.HasRecords);
    }

    [Theory]
    [InlineData("I have his records")]
    [InlineData("tengo su expediente completo")]
    public void APossession_IsStillYes(string text)
    {
        Assert.True(Reader.Read(text, Unprompted).Facts.HasRecords);
    }

    [Theory]
    [InlineData("he can read, cant write")]
    [InlineData("he can read but he can't write")]
    [InlineData("sí lee pero no escribe")]
    [InlineData("ya sabe leer pero no sabe escribir")]
    public void ASkillTheChildHas_IsNoConcern_TheOneHeLacksIs(string text)
    {
        var concerns = Reader.Read(text, Unprompted).Facts.Concerns ?? [];
        Assert.Equal([ConcernArea.Writing], concerns);
    }

    [Theory]
    // A negation or a hedge before the skill keeps the concern.
    [InlineData("I don't think he can read")]
    [InlineData("he can barely read")]
    [InlineData("no sé si lee bien")]
    [InlineData("no puede leer")]
    public void ASkillDeniedOrDoubted_IsStillAConcern(string text)
    {
        Assert.Contains(ConcernArea.Reading, Reader.Read(text, Unprompted).Facts.Concerns ?? []);
    }

    [Theory]
    // Guards of the strength rule above: "can read" / "sí lee" mask that word only, never a reading difficulty told after it.
    [InlineData("she can read the words but she doesnt understand what she reads")]
    [InlineData("he can read, his reading comprehension is way below grade level")]
    [InlineData("sí lee pero no entiende lo que lee")]
    [InlineData("ya sabe leer, pero su comprensión de lectura es muy baja")]
    public void ReadingWithoutUnderstanding_IsAReadingConcern(string text)
    {
        Assert.Contains(ConcernArea.Reading, Reader.Read(text, Unprompted).Facts.Concerns ?? []);
    }
}
