using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's thirteenth round: Spanish and Spanglish fact families told as parents write in Facebook and WhatsApp groups,
/// precision first (what is no refusal to evaluate, no consent, no age), in wordings that are in no corpus file. Each case
/// stands for a family's vocabulary or structure, never one sentence; beside each family the near misses that must stay unset.
/// </summary>
public sealed class SpanishRefusalAndConsentTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;

    private static MessageReading Read(string text, string? awaiting = null) =>
        Reader.Read(text, new MessageContext(ReaderInstance.Today) { Awaiting = awaiting });

    /// <summary>A refusal told with the evaluation named before the school's no, however it is said (GUIDE E3).</summary>
    [Theory]
    [InlineData("pedi que la evaluaran en septiembre y la directora me dijo bien claro q no")]
    [InlineData("mande la carta pidiendo las pruebas y la psicologa me dijo q no las van a hacer")]
    public void TheSchoolsNo_AfterTheEvaluationIsNamed_IsARefusal(string text)
    {
        Assert.True(Read(text).Facts.SchoolRefusedEvaluation);
    }

    /// <summary>"un grupo de matemáticas" is the intervention the school puts the child in, not a Facebook group: the clause
    /// is the parent's own, and interventions first after a request are a refusal.</summary>
    [Fact]
    public void InterventionsFirst_InAGroup_AfterARequest_IsARefusal()
    {
        var facts = Read("pedi la evaluacion el 9 de octubre y me contestaron q primero lo van a meter en un grupo de matematicas").Facts;

        Assert.Equal(new DateOnly(2026, 10, 9), facts.EvaluationRequestedOn);
        Assert.True(facts.SchoolRefusedEvaluation);
        Assert.Null(facts.SchoolSuggestedWaiting);
    }

    /// <summary>Asked whether the school refused, the parent has asked: "que esperemos" answers it, a refusal (GUIDE E3).</summary>
    [Fact]
    public void WaitingToldAsTheAnswerToTheRefusalQuestion_IsARefusal()
    {
        var reading = Read("dijeron q mejor esperemos al siguiente semestre", FactNames.SchoolRefusedEvaluation);

        Assert.True(reading.Facts.SchoolRefusedEvaluation);
        Assert.Null(reading.Facts.SchoolSuggestedWaiting);
    }

    /// <summary>No refusal: an eligibility decision in other words, a no to something else the parent asked, a team that has
    /// to meet first (a scheduling step, GUIDE E3).</summary>
    [Theory]
    [InlineData("me dijeron q no le toca IEP pq sus calificaciones estan bien")]
    [InlineData("le pedi a la miss q le diera mas tiempo en la tarea y me dijo q no")]
    [InlineData("pedi la evaluacion por correo el 4 de noviembre y me dijeron q esperemos a q se junten los del equipo")]
    public void NotARefusal(string text)
    {
        var facts = Read(text).Facts;

        Assert.Null(facts.SchoolRefusedEvaluation);
        Assert.Null(facts.SchoolSuggestedWaiting);
    }

    /// <summary>"me dijeron que no" is the school's no to an evaluation only when nothing but a reason follows it and a request
    /// is told beside it (es/facts.json <c>bare</c>, <c>bareWith</c>): a date not set yet, a therapy refused, a waiting list are not.</summary>
    [Theory]
    [InlineData("me dijeron que no hay fecha todavia para la junta")]
    [InlineData("pedi que le dieran terapia y nos dijeron que no")]
    [InlineData("pedi la evaluacion y me dijeron que no tienen psicologa hasta enero")]
    public void ABareNo_ThatIsNotTheAnswerToARequest_IsNoRefusal(string text)
    {
        Assert.Null(Read(text).Facts.SchoolRefusedEvaluation);
    }

    [Fact]
    public void ABareNo_WithAReason_AfterTheRequest_IsARefusal()
    {
        Assert.True(Read("pedi la evaluacion en octubre. me dijeron que no porque saca buenas notas").Facts.SchoolRefusedEvaluation);
    }

    /// <summary>A case already at evaluation-requested holds the request: a bare no told later answers it.</summary>
    [Fact]
    public void ABareNo_WhenTheRequestIsKnown_IsARefusal()
    {
        var reading = Reader.Read("ya me contestaron, me dijeron que no", new MessageContext(ReaderInstance.Today) { KnownStage = Stage.EvaluationRequested });

        Assert.True(reading.Facts.SchoolRefusedEvaluation);
        Assert.Null(Read("ya me contestaron, me dijeron que no").Facts.SchoolRefusedEvaluation);
    }

    /// <summary>Extra time in the plan is an accommodation, not the school saying to give it time.</summary>
    [Fact]
    public void ExtraTimeTheIepGives_IsNoSuggestionToWait()
    {
        var facts = Read("su IEP dice q le den mas tiempo en los examenes y no se lo dan").Facts;

        Assert.Null(facts.SchoolSuggestedWaiting);
        Assert.False(facts.ServicesDelivered);
    }

    [Fact]
    public void BePatientEveryChildHasItsPace_IsASuggestionToWait()
    {
        Assert.True(Read("la miss me dijo q le tenga paciencia, q cada niño lleva su ritmo").Facts.SchoolSuggestedWaiting);
    }

    /// <summary>Consent told sideways: "le di mi firma", signed electronically with the form named first, "di consent".</summary>
    [Theory]
    [InlineData("ya le di mi firma a la psicologa pa las pruebas el 6 de noviembre", 2026, 11, 6)]
    [InlineData("la autorizacion pa q la evaluen la firme electronicamente el 20 de octubre", 2026, 10, 20)]
    [InlineData("di consent pa las pruebas el 2 de noviembre", 2026, 11, 2)]
    public void ConsentToldSideways_IsDated(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Read(text).Facts.ConsentSignedOn);
    }

    [Fact]
    public void AConsentFormTheySendLater_IsNoConsentYet()
    {
        Assert.Contains(FactNames.ConsentSignedOn, Read("la forma de consentimiento dicen q me la mandan la proxima semana").None);
    }

    /// <summary>An attendance sheet is signed at a meeting, and it is no consent.</summary>
    [Fact]
    public void AnAttendanceSheet_IsNoConsent()
    {
        Assert.Null(Read("firme la hoja de asistencia de la junta el 3 de noviembre").Facts.ConsentSignedOn);
    }

    /// <summary>Doubts about the evaluation said as parents say them: results that are not the child, a sick day, "no estoy
    /// nada conforme" answered to the question (the bare "no" of "la verdad no" runs on into the fact's own words).</summary>
    [Theory]
    [InlineData("los resultados de la evaluacion no tienen nada q ver con mi niña", null)]
    [InlineData("ese reporte parece q describe a otro niño", null)]
    [InlineData("el dia de las pruebas andaba enfermo, esos resultados no son justos", null)]
    [InlineData("la verdad no estoy nada conforme", FactNames.DisagreesWithEvaluation)]
    public void DoubtsAboutTheEvaluation_AreADisagreement(string text, string? awaiting)
    {
        Assert.True(Read(text, awaiting).Facts.DisagreesWithEvaluation);
    }

    [Theory]
    [InlineData("cada trimestre nos mandan unas hojas con graficas de sus metas", true)]
    [InlineData("reportes de progreso nunca nos han mandado", false)]
    public void ProgressReports_SaidPlainly(string text, bool received)
    {
        Assert.Equal(received, Read(text).Facts.HasProgressReports);
    }

    [Theory]
    [InlineData("tiene IEP pero casi siempre lo dejan en su salon pq no hay quien lo saque", null)]
    [InlineData("q va, la terapista casi nunca la saca del salon", FactNames.ServicesDelivered)]
    [InlineData("si, menos cuando falta la maestra de apoyo", FactNames.ServicesDelivered)]
    public void ServicesLeftOut_AreNotDelivered(string text, string? awaiting)
    {
        Assert.False(Read(text, awaiting).Facts.ServicesDelivered);
    }

    /// <summary>A plan not kept, said as the school "never complied" or a teacher who seats the child at the back or denies
    /// the accommodation; "le dan sus descansos y todo" is kept.</summary>
    [Theory]
    [InlineData("ya pusimos la queja con el estado, la escuela nunca cumplio con lo que dice el IEP", false)]
    [InlineData("tiene 504 y la maestra de mate lo sienta hasta el fondo", false)]
    [InlineData("tiene 504 y el maestro de historia se lo niega cada examen", false)]
    [InlineData("tiene 504 y le dan sus descansos y todo, pero sigue sin querer ir", true)]
    public void APlanKeptOrNot(string text, bool delivered)
    {
        Assert.Equal(delivered, Read(text).Facts.ServicesDelivered);
    }

    [Fact]
    public void PutInAnEmailToTheCaseManager_IsRaisedWithTheTeam()
    {
        Assert.True(Read("no estuve de acuerdo con el cambio y lo puse por escrito en un correo a la case manager").Facts.TriedResolvingWithTeam);
    }

    [Fact]
    public void NothingInWriting_OnlyAtPickUp_IsNotRaisedWithTheTeam()
    {
        Assert.False(Read("por escrito nada, solo se lo dije a la directora a la salida", FactNames.TriedResolvingWithTeam).Facts.TriedResolvingWithTeam);
    }

    [Fact]
    public void ConcernsInPlainWords()
    {
        Assert.Equal([ConcernArea.Attention, ConcernArea.Social], Read("mi hijo no se junta con nadie en el recreo y se le va la onda en clase").Facts.Concerns);
        var behavior = Read("le contesto feo a la maestra y le avento la mochila").Facts;
        Assert.Equal([ConcernArea.Behavior], behavior.Concerns);
        Assert.True(behavior.BehaviorConcerns);
    }

    /// <summary>"se come las letras" is how the child writes: a writing concern, no reading one.</summary>
    [Fact]
    public void SkippedLettersInWriting_AreWritingOnly()
    {
        Assert.Equal([ConcernArea.Writing], Read("cuando hace la tarea se come las letras y escribe todo junto").Facts.Concerns);
    }

    /// <summary>A duration is no age (GUIDE E13).</summary>
    [Theory]
    [InlineData("ya van 3 años q le pido ayuda a la escuela")]
    [InlineData("lo suspendieron por un año")]
    public void ADuration_IsNoAge(string text)
    {
        Assert.Null(Read(text).Facts.ChildAge);
    }
}
