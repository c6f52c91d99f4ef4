using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Precision (issue 17): words about someone other than the child — a relative's child, the parent, a teacher's
/// students —, "every summer" and a season in a verb or a programme set no fact; the parent's own child beside them still does.
/// </summary>
public sealed class NotThisChildTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("my nephew has adhd")]
    [InlineData("my niece has dyslexia and they won't test her")]
    [InlineData("my sister-in-law's daughter was just diagnosed with autism")]
    [InlineData("mi sobrino tiene TDAH")]
    [InlineData("mi sobrina tiene autismo y no habla")]
    [InlineData("my husband has ADHD too lol")]
    [InlineData("I have dyslexia myself so I know how hard it is")]
    [InlineData("I'm stressed and anxious about the meeting")]
    [InlineData("I can't read your last message, it got cut off")]
    [InlineData("I can't focus today, long day at work")]
    [InlineData("I'm a teacher and one of my students has autism")]
    [InlineData("I work with kids who have behavior problems")]
    [InlineData("mi esposo tiene TDAH")]
    [InlineData("yo también tengo dislexia")]
    [InlineData("estoy muy ansiosa por la junta")]
    [InlineData("no puedo leer tu mensaje")]
    [InlineData("soy maestra y tengo un alumno con autismo")]
    [InlineData("my older son did great in reading, no worries there")]
    [InlineData("mi compañera de trabajo tiene un niño con TDAH y me recomendó este chat")]
    [InlineData("los niños con TDAH pueden tener IEP")]
    [InlineData("kids with adhd can get an IEP right")]
    public void SomeoneElse_SetsNoFact(string text)
    {
        Assert.Empty(Reader.Read(text, Unprompted).StatedFacts);
    }

    /// <summary>Everyday verbs and the parent's own life name no area ("habla", "leer", "escribir", "contar", "math").</summary>
    [Theory]
    [InlineData("perdón por la ortografía, escribo desde el celular")]
    [InlineData("la maestra habla muy rápido y no le entiendo")]
    [InlineData("gracias, lo voy a leer con calma esta noche")]
    [InlineData("le voy a contar a mi esposo lo que pasó")]
    [InlineData("la letra de la carta es muy chiquita")]
    [InlineData("soy mala para las matemáticas, perdón si me equivoco en las fechas")]
    [InlineData("sorry for the spelling, typing on my phone")]
    [InlineData("my husband reads the emails, I do the calls")]
    [InlineData("I'm dyslexic myself so bear with me")]
    [InlineData("she loves reading and has lots of friends")]
    [InlineData("mañana hay junta de padres para la excursión")]
    public void EverydayWords_SetNoFact(string text)
    {
        Assert.Empty(Reader.Read(text, Unprompted).StatedFacts);
    }

    [Theory]
    [InlineData("mi hijo no sabe leer y casi no habla", ConcernArea.Reading)]
    [InlineData("mi hijo no sabe leer y casi no habla", ConcernArea.SpeechLanguage)]
    [InlineData("no puede quedarse sentado ni cinco minutos", ConcernArea.Attention)]
    [InlineData("my son can't read and his spelling is terrible", ConcernArea.Writing)]
    public void TheChildsOwnDifficulty_StillNamesItsArea(string text, ConcernArea area)
    {
        Assert.Contains(area, Reader.Read(text, Unprompted).Facts.Concerns ?? []);
    }

    [Theory]
    [InlineData("I'm raising my nephew, he has adhd", ConcernArea.Attention)]
    [InlineData("tengo la custodia de mi sobrina, tiene autismo", ConcernArea.Social)]
    [InlineData("my husband has ADHD and so does our son. He can't focus at all", ConcernArea.Attention)]
    [InlineData("I have anxiety and now my daughter cries every morning before school", ConcernArea.Emotional)]
    public void TheParentsOwnChild_StillStates(string text, ConcernArea area)
    {
        Assert.Contains(area, Reader.Read(text, Unprompted).Facts.Concerns ?? []);
    }

    [Theory]
    [InlineData("my nephew has adhd, what can his mom do?")]
    [InlineData("mi sobrina tiene autismo, ¿qué puede hacer su mamá?")]
    [InlineData("asking for my cousin: her son has autism and the school won't test him. what can she do?")]
    [InlineData("pregunto por una amiga: su hijo tiene dislexia, ¿qué puede hacer?")]
    public void AQuestionAboutAChildSomeoneElseRaises_IsMarkedForTheAnswer_AndSetsNoFact(string text)
    {
        var reading = Reader.Read(text, Unprompted);

        // The chat answers what that child's parent can do instead of "I can't answer that".
        Assert.True(reading.AboutAnotherParentsChild);
        Assert.Empty(reading.StatedFacts);
    }

    [Theory]
    [InlineData("I'm raising my nephew, he has adhd. what can I do?")]
    [InlineData("tengo la custodia de mi sobrina, tiene autismo, ¿qué puedo hacer?")]
    [InlineData("my son has adhd, what can I do?")]
    [InlineData("my friend's son was suspended, is that legal?")]
    public void TheParentsOwnChild_OrNoOnesParent_IsNotAnotherParentsChild(string text)
    {
        Assert.False(Reader.Read(text, Unprompted).AboutAnotherParentsChild);
    }

    [Theory]
    [InlineData("my son is 12, has an iep, he loses skills every summer and they said he doesnt qualify for esy")]
    [InlineData("cada verano se le olvida todo y dijeron que no califica para ESY")]
    [InlineData("he will fall behind again and they decided he doesnt qualify")]
    public void AHabitOrAVerb_IsNoDate(string text)
    {
        var reading = Reader.Read(text, Unprompted);

        Assert.Null(reading.Facts.EligibilityDecidedOn);
        Assert.Null(reading.Facts.EvaluationCompletedOn);
    }

    [Theory]
    [InlineData("I asked for an evaluation last summer", "2026-07-15")]
    [InlineData("pedí la evaluación el verano pasado", "2026-07-15")]
    [InlineData("we requested testing in the fall, nothing yet", "2026-10-15")]
    public void ASeasonThatDatesAnEvent_IsStillADate(string text, string date)
    {
        var reading = Reader.Read(text, Unprompted);

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reading.Facts.EvaluationRequestedOn);
        Assert.Contains(FactNames.EvaluationRequestedOn, reading.Approximate);
    }
}
