using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's sixteenth round: Spanish fact families in wordings that are in no corpus file: a concern in everyday words
/// (the pencil held in a fist, sentences not yet put together, words that get stuck, a child who talks to no other child,
/// a chair thrown), doubting an evaluation ("no sirve", "salio mal hecha", "no la aceptamos", "no quede conforme con la
/// que le hicieron"), progress reports that came or never do, consent sent back signed, and homework done together that
/// names no concern.
/// </summary>
public sealed class SpanishEverydayWordsAndEvaluationDoubtsTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;

    private static MessageReading Read(string text) => Reader.Read(text, new MessageContext(ReaderInstance.Today));

    [Theory]
    [InlineData("agarra el lapiz con el puño cerrado y luego le duele la mano", ConcernArea.Motor)]
    [InlineData("todavia no puede agarrar bien la crayola para colorear", ConcernArea.Motor)]
    [InlineData("tiene 4 y todavia no arma oraciones, puras palabras sueltas", ConcernArea.SpeechLanguage)]
    [InlineData("se le traban las palabras cuando esta nervioso", ConcernArea.SpeechLanguage)]
    [InlineData("en el recreo no le habla a ningun niño, nomas los mira", ConcernArea.Social)]
    [InlineData("lo sacaron del salon por tirarle una silla a otro niño", ConcernArea.Behavior)]
    [InlineData("me la mandan a la casa por como se porta en el salon", ConcernArea.Behavior)]
    public void AnEverydayWording_NamesItsArea(string text, ConcernArea area)
    {
        Assert.Contains(area, Read(text).Facts.Concerns ?? []);
    }

    /// <summary>Talking to no other child is about friends, not about speech.</summary>
    [Fact]
    public void TalkingToNoOtherChild_IsNoSpeechConcern()
    {
        Assert.DoesNotContain(ConcernArea.SpeechLanguage, Read("en el recreo no le habla a ningun niño, nomas los mira").Facts.Concerns ?? []);
    }

    /// <summary>The same whole phrase in English: not speaking to the other kids is about friends.</summary>
    [Fact]
    public void NotTalkingToTheOtherKids_IsSocialNotSpeech()
    {
        var concerns = Read("at recess he doesnt speak to any of the other kids, just watches them").Facts.Concerns ?? [];

        Assert.Contains(ConcernArea.Social, concerns);
        Assert.DoesNotContain(ConcernArea.SpeechLanguage, concerns);
    }

    /// <summary>Homework done together and a good mark name the subject, not a difficulty.</summary>
    [Theory]
    [InlineData("anoche estudiamos juntos la tarea de ortografia y se saco 10 en el dictado")]
    [InlineData("le ayude con su tarea de matematicas despues de la cena")]
    public void HomeworkDoneTogether_NamesNoConcern(string text)
    {
        var concerns = Read(text).Facts.Concerns;

        Assert.True(concerns is null || concerns.Count == 0, string.Join(",", concerns ?? []));
    }

    [Theory]
    [InlineData("la evaluacion que le hizo la escuela no sirve de nada")]
    [InlineData("la evaluacion quedo bien mal hecha")]
    [InlineData("no aceptamos los resultados de la escuela")]
    [InlineData("la psicologa no le atino en nada a como es mi hijo")]
    [InlineData("no quede conforme con la que le hizo el distrito")]
    public void DoubtingTheEvaluation_Disagrees(string text)
    {
        Assert.True(Read(text).Facts.DisagreesWithEvaluation);
    }

    [Fact]
    public void AReportOnTheGoalsThatCame_IsAProgressReport()
    {
        Assert.True(Read("nos llego el informe de avance de las metas con la boleta").Facts.HasProgressReports);
    }

    [Fact]
    public void NothingToldAboutTheGoals_IsNoProgressReport()
    {
        Assert.False(Read("de sus metas no me informan nada, ni una hoja").Facts.HasProgressReports);
    }

    [Fact]
    public void ConsentSentBackSigned_DatesTheConsent()
    {
        Assert.Equal(new DateOnly(2026, 11, 3), Read("regrese de vuelta la forma firmada dando permiso pa las pruebas el 3 de noviembre").Facts.ConsentSignedOn);
    }
}
