using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's fourteenth round: Spanish fact families as parents write them in WhatsApp and Facebook groups, in wordings that
/// are in no corpus file: the district's answer to an IEE or its silence, consent told sideways and what is no consent,
/// progress reports, services given now and then, (dis)agreeing with an evaluation, and concern words that are about
/// someone or something else (precision first: a false concern is worse for a parent than a missing one).
/// </summary>
public sealed class SpanishIeeConsentAndConcernWordsTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;

    private static MessageReading Read(string text) => Reader.Read(text, new MessageContext(ReaderInstance.Today));

    [Theory]
    [InlineData("pedi la IEE el 3 de noviembre y el distrito presento una queja de debido proceso contra nosotros")]
    [InlineData("pedi la IEE y la directora me contesto q si nos autorizan la evaluacion externa")]
    public void TheDistrictsYesToTheIee_IsAnAnswer(string text)
    {
        Assert.True(Read(text).Facts.SchoolRespondedToIee);
    }

    [Theory]
    [InlineData("pedi la evaluacion independiente el 5 de noviembre y todo sigue en el aire")]
    [InlineData("pedi la IEE hace un mes y silencio total")]
    public void AnIeeLeftHanging_IsNoAnswer(string text)
    {
        Assert.False(Read(text).Facts.SchoolRespondedToIee);
    }

    [Theory]
    [InlineData("el permiso pa evaluarlo se lo regrese firmado a la consejera el martes", 2026, 12, 1)]
    [InlineData("puse mi firma en el plan de evaluacion el 20 de noviembre", 2026, 11, 20)]
    public void ConsentToldSideways_IsDated(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Read(text).Facts.ConsentSignedOn);
    }

    /// <summary>A signature on something else is no consent (GUIDE E4).</summary>
    [Theory]
    [InlineData("la boleta se la regrese firmada el lunes")]
    [InlineData("puse mi firma en la hoja de asistencia el jueves")]
    public void ASignatureOnSomethingElse_IsNoConsent(string text)
    {
        var reading = Read(text);

        Assert.Null(reading.Facts.ConsentSignedOn);
        Assert.DoesNotContain(FactNames.ConsentSignedOn, reading.None);
    }

    [Theory]
    [InlineData("el formulario para evaluarla todavia no me ha llegado")]
    [InlineData("los papeles de la evaluacion siguen en el carro sin firmar")]
    public void ConsentNotGivenYet_IsNone(string text)
    {
        Assert.Contains(FactNames.ConsentSignedOn, Read(text).None);
    }

    [Fact]
    public void ProgressReportsThatStoppedComing_AreNone()
    {
        Assert.False(Read("tiene IEP y los reportes de sus metas dejaron de llegar en octubre").Facts.HasProgressReports);
    }

    [Fact]
    public void ASheetAboutHisGoals_IsAProgressReport()
    {
        Assert.True(Read("tiene IEP y me llega una hoja sobre sus metas cada trimestre").Facts.HasProgressReports);
    }

    [Fact]
    public void WeeksWithoutTheService_AreServicesNotDelivered()
    {
        Assert.False(Read("tiene IEP con terapia de lenguaje pero hay semanas que ni la sacan").Facts.ServicesDelivered);
    }

    /// <summary>"si" affirms here ("la verdad si le estan dando"), it is no "if".</summary>
    [Fact]
    public void EveryMinuteGiven_AffirmedWithSi_IsServicesDelivered()
    {
        Assert.True(Read("tiene IEP y la verdad si le estan dando todas sus sesiones").Facts.ServicesDelivered);
    }

    [Fact]
    public void NotBelievingTheReport_IsDisagreeing()
    {
        Assert.True(Read("no le creo nada al informe de la psicologa, mi hijo no es asi").Facts.DisagreesWithEvaluation);
    }

    /// <summary>"y si estamos de acuerdo" is an affirmation, not "and if": both facts of the sentence stand.</summary>
    [Fact]
    public void AgreeingWithTheReport_AffirmedWithSi_IsNoDisagreement()
    {
        var facts = Read("ya nos dieron el informe y si estamos de acuerdo con lo que dice").Facts;

        Assert.True(facts.HasEvaluationReport);
        Assert.False(facts.DisagreesWithEvaluation);
    }

    /// <summary>A concern word about the parent, a spouse, a sibling's strength, a teacher who shouts or
    /// writes, talk at a meeting or someone else's handwriting names no concern about this child.</summary>
    [Theory]
    [InlineData("yo me distraigo con cualquier cosa, perdon")]
    [InlineData("mi esposo es el que tiene ansiedad en esta casa")]
    [InlineData("su hermana saca puras A en lectura")]
    [InlineData("el entrenador de deportes grita todo el tiempo")]
    [InlineData("la reunion fue hablar y hablar sin decidir nada")]
    [InlineData("la maestra me escribe notas en la agenda todos los dias")]
    [InlineData("no le entiendo la letra a la doctora")]
    public void AConcernWordAboutSomethingElse_NamesNoConcern(string text)
    {
        var facts = Read(text).Facts;

        Assert.True(facts.Concerns is null || facts.Concerns.Count == 0, string.Join(",", facts.Concerns ?? []));
        Assert.Null(facts.BehaviorConcerns);
    }

    [Theory]
    [InlineData("los companeros se burlan y ya no quiere jugar", ConcernArea.Social)]
    [InlineData("come sola en el recreo todos los dias", ConcernArea.Social)]
    [InlineData("le tiene terror a la escuela desde septiembre", ConcernArea.Emotional)]
    public void APlainWordConcern_NamesItsArea(string text, ConcernArea area)
    {
        Assert.Contains(area, Read(text).Facts.Concerns ?? []);
    }

    /// <summary>"va pa los 9" is going on 9: 8, as "casi 9" is (GUIDE E13).</summary>
    [Fact]
    public void GoingOnAnAge_IsTheYearBefore()
    {
        Assert.Equal(8, Read("mi hijo va para los 9 y todavia no lee").Facts.ChildAge);
    }
}
