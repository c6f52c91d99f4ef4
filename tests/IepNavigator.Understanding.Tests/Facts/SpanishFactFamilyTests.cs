using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17, Spanish and Spanglish facts the readers fitted to the corpus's wordings and missed on unseen messages: the
/// evaluation report and progress reports given or withheld ("no nos han entregado", "no me quiere dar copia", "nunca nos
/// mandan nada de cómo va"), the school saying to wait in its many ways ("es muy pronto para evaluarlo", "ya va a agarrar
/// el ritmo"), behavior told by what the child does ("escupe", "se tira al piso y patalea"), disagreeing with the
/// evaluation ("los resultados no reflejan", "solo en inglés"), the school's answer to an IEE, and the day of a disputed
/// meeting told before the meeting. Every wording here is in no corpus file: each family is read by vocabulary and
/// structure (verb forms × objects, negations), not by the corpus's sentences.
/// </summary>
public sealed class SpanishFactFamilyTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    private static CaseFacts Read(string text) => Reader.Read(text, Unprompted).Facts;

    [Theory]
    [InlineData("hasta la fecha no nos han entregado la evaluacion por escrito", false)]
    [InlineData("la escuela no me quiere dar copia de los resultados", false)]
    [InlineData("ni siquiera nos mandaron el informe, nomas nos hablaron", false)]
    [InlineData("ya me entregaron el informe de la psicologa", true)]
    [InlineData("los resultados ya me los mandaron por correo", true)]
    public void TheEvaluationReport_GivenOrWithheld(string text, bool has)
    {
        Assert.Equal(has, Read(text).HasEvaluationReport);
    }

    [Theory]
    // A report of grades, behavior or progress is no evaluation report.
    [InlineData("no nos han mandado el reporte de calificaciones")]
    [InlineData("no me han mandado el reporte de conducta")]
    [InlineData("nunca nos mandan nada de como va en sus metas")]
    public void OtherReports_AreNoEvaluationReport(string text)
    {
        Assert.Null(Read(text).HasEvaluationReport);
    }

    [Theory]
    [InlineData("nunca nos mandan nada de como va en sus metas", false)]
    [InlineData("no recibo ningun informe de como va en el IEP", false)]
    [InlineData("cada nueve semanas me mandan un reporte de sus metas", true)]
    [InlineData("me llega su reporte de progreso cada mes", true)]
    public void ProgressReports_ToldByWhatTheyReport(string text, bool has)
    {
        Assert.Equal(has, Read(text).HasProgressReports);
    }

    [Theory]
    [InlineData("la consejera dice que es muy pronto para evaluarlo")]
    [InlineData("la maestra dice que todos los niños aprenden diferente y que ya va a agarrar el ritmo")]
    [InlineData("me dijeron que no me preocupara que todavia es muy chiquito")]
    [InlineData("la directora dijo que vamos a observarlo unas semanas mas")]
    public void TheSchoolSayingToWait_WithNoRequest_IsWaitingNotRefusal(string text)
    {
        var facts = Read(text);
        Assert.True(facts.SchoolSuggestedWaiting);
        Assert.Null(facts.SchoolRefusedEvaluation);
    }

    [Theory]
    [InlineData("se pone muy violento cuando se frustra")]
    [InlineData("escupe a los compañeros y dice groserias en clase")]
    [InlineData("se tira al piso y patalea")]
    [InlineData("no obedece y le contesta feo a la maestra")]
    [InlineData("my son se agarra a golpes con otros niños en el recreo")]
    public void Behavior_ToldByWhatTheChildDoes_IsABehaviorConcern(string text)
    {
        var facts = Read(text);
        Assert.Contains(ConcernArea.Behavior, facts.Concerns ?? []);
        Assert.True(facts.BehaviorConcerns);
    }

    [Theory]
    [InlineData("mi hija no puede decir bien los sonidos", ConcernArea.SpeechLanguage)]
    [InlineData("anda muy triste y dice que nadie lo quiere", ConcernArea.Emotional)]
    [InlineData("no escucha bien, la pediatra lo mando con el especialista", ConcernArea.Hearing)]
    public void OtherAreas_ToldInEverydayWords(string text, ConcernArea area)
    {
        Assert.Contains(area, Read(text).Concerns ?? []);
    }

    [Theory]
    // The teacher's voice, other children's attention: no concern about this child.
    [InlineData("la terapeuta nueva habla muy bajito con los niños")]
    [InlineData("los alumnos no le ponen atencion a la maestra de musica")]
    [InlineData("la maestra es muy grosera conmigo y el otro niño lo empuja")]
    public void OtherPeoplesWords_AreNoConcern(string text)
    {
        Assert.Empty(Read(text).Concerns ?? []);
    }

    [Theory]
    [InlineData("los resultados no reflejan como es mi hijo, no estamos de acuerdo")]
    [InlineData("creo que la evaluacion que hicieron esta mal porque no lo evaluaron en español")]
    [InlineData("la psicologa le hizo pruebas solo en ingles y salio bajo, eso no es justo")]
    public void DisagreeingWithTheEvaluation(string text)
    {
        Assert.True(Read(text).DisagreesWithEvaluation);
    }

    [Fact]
    public void AChildWhoDidBadlyOnTheTests_IsNoDisagreement()
    {
        Assert.Null(Read("la evaluacion salio mal, tiene problemas de lectura").DisagreesWithEvaluation);
    }

    [Theory]
    [InlineData("pedi el IEE el 8 de octubre y el distrito dijo que lo paga", true)]
    [InlineData("el distrito dijo que si va a pagar la evaluacion independiente que pedi el 1 de octubre", true)]
    [InlineData("el distrito nunca me respondio sobre la evaluacion independiente que pedi el 4 de noviembre", false)]
    [InlineData("solicite el IEE on November 2 and nothing", false)]
    public void TheSchoolsAnswerToAnIee(string text, bool responded)
    {
        Assert.Equal(responded, Read(text).SchoolRespondedToIee);
    }

    [Fact]
    public void ADatedRefusalOfTheIee_IsDisputed_AndNoRefusedEvaluation()
    {
        var facts = Read("el distrito rechazo la evaluacion independiente el 20 de noviembre");
        Assert.Equal(new DateOnly(2026, 11, 20), facts.DisputedActionOn);
        Assert.Null(facts.SchoolRefusedEvaluation);
    }

    [Fact]
    public void TheDayToldBeforeTheDisputedMeeting_DatesThatPastMeeting_NotAComingOne()
    {
        var facts = Read("el martes en la junta del IEP le cortaron la terapia, yo no estuve de acuerdo");
        Assert.Equal(new DateOnly(2026, 12, 1), facts.DisputedActionOn);
        Assert.Equal(new DateOnly(2026, 12, 1), facts.LastIepReviewOn);
        Assert.Null(facts.IepMeetingOn);
    }

    [Theory]
    // Asked whether the parent disagrees, "no estoy de acuerdo" is yes; "no, ..." before a comma stays no.
    [InlineData("no estamos para nada de acuerdo con lo que pusieron", true)]
    [InlineData("no, la verdad si estoy de acuerdo con ellos", false)]
    public void AnsweringWhetherTheParentDisagrees(string text, bool disagrees)
    {
        var answer = Reader.Read(text, Unprompted with { Awaiting = FactNames.DisagreesWithEvaluation }).Answer!;
        Assert.Equal(AnswerKind.Value, answer.Kind);
        Assert.Equal(disagrees, answer.Value);
    }

    [Theory]
    [InlineData("no sé, todavía no lo leo bien", FactNames.DisagreesWithEvaluation)]
    [InlineData("no se, el niño dice que a veces si va", FactNames.ServicesDelivered)]
    public void NoSeBeforeAComma_IsUnknown(string text, string fact)
    {
        Assert.Equal(AnswerKind.Unknown, Reader.Read(text, Unprompted with { Awaiting = fact }).Answer!.Kind);
    }

    [Theory]
    [InlineData("aun nada, seguimos esperando")]
    [InlineData("nada todavia, ni un correo")]
    public void NothingYet_AnswersNo(string text)
    {
        var answer = Reader.Read(text, Unprompted with { Awaiting = FactNames.SchoolRespondedToIee }).Answer!;
        Assert.Equal(AnswerKind.Value, answer.Kind);
        Assert.Equal(false, answer.Value);
    }
}
