using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's fifteenth round: Spanish and Spanglish fact families in wordings that are in no corpus file: concerns in plain
/// words (diminutives, "ya no ...", a whole phrase that names one area with another area's word in it), concern words about
/// someone or something else, disagreeing with an evaluation or agreeing, waiting, a "no" that never came, an IEE left on
/// read, consent as a "visto bueno", progress reports, a behaviour plan, therapy not given.
/// </summary>
public sealed class SpanishConcernAndProgressWordingsTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;

    private static MessageReading Read(string text, string? awaiting = null) =>
        Reader.Read(text, new MessageContext(ReaderInstance.Today) { Awaiting = awaiting });

    [Theory]
    [InlineData("ya no quiere ir a la escuela desde que la cambiaron de salon", ConcernArea.Emotional)]
    [InlineData("juega solita en la hora del lunch", ConcernArea.Social)]
    [InlineData("no tiene ni una amiguita en su salon", ConcernArea.Social)]
    [InlineData("todavia no puede pronunciar la rr y ya tiene 7", ConcernArea.SpeechLanguage)]
    [InlineData("se atora al hablar cuando esta nervioso", ConcernArea.SpeechLanguage)]
    [InlineData("no se le entiende nada lo q escribe en el cuaderno", ConcernArea.Writing)]
    public void APlainWordConcern_NamesItsArea(string text, ConcernArea area)
    {
        Assert.Contains(area, Read(text).Facts.Concerns ?? []);
    }

    /// <summary>"lo que escribe no se le entiende" is writing, not speech; "can't read his handwriting" is writing, not reading.</summary>
    [Theory]
    [InlineData("no se le entiende nada lo q escribe en el cuaderno", ConcernArea.SpeechLanguage)]
    [InlineData("nobody can read his handwriting, not even him", ConcernArea.Reading)]
    public void AWholePhrase_HidesTheOtherAreasWordInside(string text, ConcernArea notThisArea)
    {
        var concerns = Read(text).Facts.Concerns ?? [];

        Assert.Contains(ConcernArea.Writing, concerns);
        Assert.DoesNotContain(notThisArea, concerns);
    }

    [Fact]
    public void BitingAnotherChild_IsABehaviorConcern()
    {
        var facts = Read("la mandaron a la direccion por morder a una niña en la fila").Facts;

        Assert.Contains(ConcernArea.Behavior, facts.Concerns ?? []);
        Assert.True(facts.BehaviorConcerns);
    }

    /// <summary>The parent's own school days, the teachers' conduct, a video about a condition: no concern about this child.</summary>
    [Theory]
    [InlineData("yo sufri mucho con las matematicas cuando iba a la escuela")]
    [InlineData("el comportamiento de los maestros en la junta fue muy grosero")]
    [InlineData("vi un video sobre autismo en facebook y me dejo pensando")]
    [InlineData("por su conducta nunca me han mandado notas")]
    public void AConcernWordAboutSomethingElse_NamesNoConcern(string text)
    {
        var facts = Read(text).Facts;

        Assert.True(facts.Concerns is null || facts.Concerns.Count == 0, string.Join(",", facts.Concerns ?? []));
        Assert.Null(facts.BehaviorConcerns);
    }

    [Theory]
    [InlineData("ya la evaluaron pero el reporte no cuadra con como es mi hija en la casa")]
    [InlineData("ya la evaluaron y no le hicieron ninguna prueba de lectura, que es lo que le cuesta")]
    [InlineData("ya lo evaluaron, la psicologa lo vio 15 minutos y ya escribio su reporte")]
    public void DoubtingTheEvaluation_Disagrees(string text)
    {
        Assert.True(Read(text).Facts.DisagreesWithEvaluation);
    }

    [Fact]
    public void AgreeingWithWhatTheyFound_DoesNotDisagree()
    {
        Assert.False(Read("ya me explicaron la evaluacion y yo estoy de acuerdo con lo que encontraron").Facts.DisagreesWithEvaluation);
    }

    [Theory]
    [InlineData("la maestra dice que le demos un chance hasta marzo, que lee poquito")]
    [InlineData("la miss dice que es normal en los varones que no se esten quietos")]
    public void AChanceOrItsNormalForBoys_IsWaiting(string text)
    {
        Assert.True(Read(text).Facts.SchoolSuggestedWaiting);
    }

    [Fact]
    public void ANoThatNeverCame_IsNoRefusal()
    {
        Assert.False(Read("pedi la evaluacion en octubre y nunca me han dicho que no, solo no contestan").Facts.SchoolRefusedEvaluation);
    }

    [Fact]
    public void AnIeeLeftOnRead_IsNoAnswer()
    {
        Assert.False(Read("pedi la iee el 2 de noviembre y me tienen en leido").Facts.SchoolRespondedToIee);
    }

    [Fact]
    public void AVistoBuenoToEvaluate_IsConsent()
    {
        Assert.Equal(new DateOnly(2026, 11, 10), Read("el 10 de noviembre le di mi visto bueno a la psicologa para que la evaluen").Facts.ConsentSignedOn);
    }

    [Fact]
    public void NothingToSign_IsNoConsentAndNoWrittenNotice()
    {
        var reading = Read("no me han mandado nada pa firmar", FactNames.ConsentSignedOn);

        Assert.Contains(FactNames.ConsentSignedOn, reading.None);
        Assert.Null(reading.Facts.PriorWrittenNoticeReceived);
    }

    [Fact]
    public void AProgressReportThatCame_IsAProgressReport()
    {
        Assert.True(Read("tiene iep y el progress report vino en la mochila el viernes").Facts.HasProgressReports);
    }

    [Fact]
    public void HisOwnBehaviourPlan_IsABehaviourPlan()
    {
        Assert.True(Read("tiene iep y ya tiene su plan de comportamiento").Facts.HasBehaviorPlan);
    }

    [Fact]
    public void TherapyNotGivenSinceAMonth_IsServicesNotDelivered()
    {
        Assert.False(Read("tiene iep y en la terapia de lenguaje la miss no lo ha sacado desde octubre").Facts.ServicesDelivered);
    }

    [Fact]
    public void TheEvaluationReportHandedOver_DatesTheEvaluation()
    {
        Assert.Equal(new DateOnly(2026, 12, 2), Read("nos entregaron el informe de la evaluacion el 2 de diciembre").Facts.EvaluationCompletedOn);
    }
}
