using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's twelfth round: Spanish fact families told as parents write in Facebook and WhatsApp groups ("q", "x", "la
/// miss", no accents), in wordings that are in no corpus file. Each case stands for a family's vocabulary or structure,
/// never one sentence; beside each family the near misses that must stay unset.
/// </summary>
public sealed class SpanishForumFamiliesTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    private static MessageReading Read(string text) => Reader.Read(text, Unprompted);

    /// <summary>"q" is "que" and "x" is "por" (es/spelling.json shorthand): the request and its manner are read through them.</summary>
    [Fact]
    public void QAndX_AreQueAndPor_ForTheFactReaders()
    {
        var facts = Read("le mande un correo a la directora x escrito pidiendo q evaluaran a mi niña el 3 de noviembre").Facts;

        Assert.Equal(new DateOnly(2026, 11, 3), facts.EvaluationRequestedOn);
        Assert.True(facts.RequestInWriting);
    }

    /// <summary>"le dije en persona a la maestra que la evaluaran": the manner between the verb and "que"; "primero hay que darle
    /// unas semanas de tutorías" after the request is the school's refusal (GUIDE E3).</summary>
    [Fact]
    public void ARequestToldInPerson_ThenInterventionsFirst_IsARefusedRequest()
    {
        var facts = Read("le dije en persona a la maestra q la evaluaran el 12 de octubre y me dijo q primero hay q darle unas semanas de tutorias").Facts;

        Assert.Equal(new DateOnly(2026, 10, 12), facts.EvaluationRequestedOn);
        Assert.False(facts.RequestInWriting);
        Assert.True(facts.SchoolRefusedEvaluation);
        Assert.Null(facts.SchoolSuggestedWaiting);
    }

    /// <summary>A view of special education with no request told is no refused evaluation (GUIDE E3).</summary>
    [Fact]
    public void NoNeedOfSpecialEducation_WithNoRequest_IsNoRefusal()
    {
        Assert.Null(Read("lo suspendieron 2 dias y la maestra dice q no necesita educacion especial").Facts.SchoolRefusedEvaluation);
    }

    [Theory]
    [InlineData("pedi la evaluacion independiente el 2 de octubre y el coordinador me contesto ayer q si la cubren", true)]
    [InlineData("la IEE la pedimos el 14 de octubre y el distrito en lugar de pagarla metio una demanda", true)]
    [InlineData("pedi la IEE el 1 de noviembre y ni x email ni x telefono me han dicho algo", false)]
    public void TheDistrictsAnswerToAnIee_WithTheSpeakerBetween_OrTheObjectFirst(string text, bool responded)
    {
        var facts = Read(text).Facts;

        Assert.Equal(responded, facts.SchoolRespondedToIee);
        Assert.NotNull(facts.IeeRequestedOn);
    }

    [Fact]
    public void TheConsentFormNotYetSent_IsNoConsent()
    {
        Assert.Contains(FactNames.ConsentSignedOn, Read("el formulario de evaluacion aun no nos lo han mandado").None);
    }

    /// <summary>"no pone atención" is the child's only when it is: the parent as a girl, a principal who ignores emails.</summary>
    [Theory]
    [InlineData("yo de chica tampoco prestaba atencion en clase")]
    [InlineData("la directora no presta atencion a mis correos")]
    public void AttentionWordsAboutSomeoneElse_NameNoConcern(string text)
    {
        Assert.Empty(Read(text).StatedFacts);
    }

    [Fact]
    public void TheChildsOwnAttention_StillNamesItsArea()
    {
        Assert.Contains(ConcernArea.Attention, Read("mi hijo no presta atencion en clase").Facts.Concerns ?? []);
    }

    /// <summary>"no se le entiende la letra" is handwriting (writing), not speech.</summary>
    [Fact]
    public void UnreadableHandwriting_IsWriting_NotSpeech()
    {
        var concerns = Read("escribe muy feo y no se le entiende la letra").Facts.Concerns ?? [];

        Assert.Contains(ConcernArea.Writing, concerns);
        Assert.DoesNotContain(ConcernArea.SpeechLanguage, concerns);
    }

    [Fact]
    public void NotSatisfiedWithTheResults_DisagreesWithTheEvaluation()
    {
        Assert.True(Read("no quede nada conforme con los resultados de la evaluacion").Facts.DisagreesWithEvaluation);
    }

    /// <summary>A message to any staff role (the social worker, the case manager) is raising it with the team in writing.</summary>
    [Fact]
    public void AWrittenMessageToAStaffRole_TriedTheTeam()
    {
        Assert.True(Read("le mande un whatsapp a la trabajadora social de la escuela sobre lo de su 504 y nada").Facts.TriedResolvingWithTeam);
    }

    [Fact]
    public void NotGivenAsThePlanSays_IsAServiceNotDelivered()
    {
        Assert.False(Read("no le dan el descanso como dice su plan 504").Facts.ServicesDelivered);
    }
}
