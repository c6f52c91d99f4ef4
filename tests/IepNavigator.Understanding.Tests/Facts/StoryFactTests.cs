using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Facts told the way parents tell a story: a date a few words or a sentence away from its event, a coming day, an age
/// run into the grade, an IEE request told with a pronoun, the school's plan beside the parent's act. Each was a family
/// of misses or false facts on the corpus's train and dev splits.
/// </summary>
public sealed class StoryFactTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Fact]
    public void ComingDay_IsNeverReadBackAYear_AsAPastDecision()
    {
        // Told on December 6: "Dec 11" is next week's meeting, not a decision made a year ago.
        var reading = Reader.Read("The evaluation was completed on Nov 6. But the eligibility meeting hasn't happened yet, it's Dec 11.", Unprompted);
        Assert.Null(reading.Facts.EligibilityDecidedOn);
        Assert.Equal(new DateOnly(2026, 11, 6), reading.Facts.EvaluationCompletedOn);
    }

    [Fact]
    public void PastMeeting_InItsOwnSentence_DatesTheEligibilityDecision()
    {
        var reading = Reader.Read("The school said my son isnt eligible. The meeting was November 12. I think they are wrong about his writing.", Unprompted);
        Assert.Equal(new DateOnly(2026, 11, 12), reading.Facts.EligibilityDecidedOn);
        Assert.Null(reading.Facts.IepMeetingOn);
    }

    [Theory]
    [InlineData("My son is 14, 9th grade, and he is failing English because he cannot organize anything.", 14)]
    [InlineData("Long story. My daughter (12, 7th grade, Illinois) has had an IEP since 2nd grade.", 12)]
    [InlineData("hes 11, 6th grade, kansas. he has a 504 for adhd", 11)]
    public void Age_RightBeforeTheGrade_IsTheAge_NotLost(string text, int age)
    {
        Assert.Equal(age, Reader.Read(text, Unprompted).Facts.ChildAge);
    }

    [Fact]
    public void IeeStory_DatesTheIeeRequest_NeverTheSchoolEvaluation()
    {
        var reading = Reader.Read("They finally said yes to the independent evaluation! I requested it on October 2 by email.", Unprompted);
        Assert.Equal(new DateOnly(2026, 10, 2), reading.Facts.IeeRequestedOn);
        Assert.Null(reading.Facts.EvaluationRequestedOn);
        Assert.Null(reading.Facts.RequestInWriting);
    }

    [Fact]
    public void ParentsAct_ToldBeforeTheSchoolsPlan_Happened()
    {
        var reading = Reader.Read("I requested an evaluation on Nov 1 and the school told me I have to wait for a team meeting first.", Unprompted);
        Assert.Equal(new DateOnly(2026, 11, 1), reading.Facts.EvaluationRequestedOn);
    }

    [Fact]
    public void ParentsOwnPlan_IsStillNoEvent()
    {
        var reading = Reader.Read("I'm going to ask for an evaluation in writing on Monday.", Unprompted);
        Assert.Null(reading.Facts.EvaluationRequestedOn);
        Assert.Null(reading.Facts.RequestInWriting);
    }

    [Fact]
    public void Date_AfterAListInParentheses_DatesTheRequest()
    {
        var reading = Reader.Read("I requested a full evaluation for my son (reading, math, attention) on October 1st.", Unprompted);
        Assert.Equal(new DateOnly(2026, 10, 1), reading.Facts.EvaluationRequestedOn);
        Assert.Equal([ConcernArea.Reading, ConcernArea.Math, ConcernArea.Attention], reading.Facts.Concerns);
    }

    [Fact]
    public void TextingUnits_AreDates()
    {
        var reading = Reader.Read("asked for sped eval 2 wks ago thru email. crickets", Unprompted);
        Assert.Equal(new DateOnly(2026, 11, 22), reading.Facts.EvaluationRequestedOn);
        Assert.True(reading.Facts.RequestInWriting);
    }

    [Theory]
    [InlineData("They refused to add a reading intervention to her IEP in October.", false)]
    [InlineData("he was diagnosed with ADD last year and the teacher says he is lazy", true)]
    public void Add_IsAttentionOnlyAsADiagnosis(string text, bool attention)
    {
        var concerns = Reader.Read(text, Unprompted).Facts.Concerns ?? [];
        Assert.Equal(attention, concerns.Contains(ConcernArea.Attention));
    }

    [Theory]
    [InlineData("Consent signed Oct 5. Still no results.", 10, 5)]
    [InlineData("Pedí la evaluación el 21 de septiembre por escrito y firmé el 30 de septiembre.", 9, 30)]
    public void ConsentSigned_InShortOrSpanishWordings_IsDated(string text, int month, int day)
    {
        Assert.Equal(new DateOnly(2026, month, day), Reader.Read(text, Unprompted).Facts.ConsentSignedOn);
    }

    [Fact]
    public void NothingInWriting_AfterTheParentsSpokenRequest_IsNoNoticeFact()
    {
        // The parent's own request was spoken; no school decision was told, so there is no notice to have or miss.
        var reading = Reader.Read("I asked for him to be evaluated at his parent teacher conference a couple weeks ago. Nothing in writing.", Unprompted);
        Assert.Null(reading.Facts.PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("Dr. Lee", LetterFields.RecipientName, "es")]
    [InlineData("la Sra. Lee", LetterFields.PrincipalName, "es")]
    [InlineData("Reading Elementary School", LetterFields.School, "en")]
    [InlineData("Mathis Middle School", LetterFields.School, "en")]
    public void NameOrSchoolAnswer_IsNeverAConcern(string text, string awaiting, string language)
    {
        // "lee" is Spanish for "reads": under a name question it is a name. The same words unprompted are still read.
        var reading = Reader.Read(text, new MessageContext(ReaderInstance.Today) { Awaiting = awaiting, Language = language });
        Assert.Null(reading.Facts.Concerns);
        Assert.NotNull(Reader.Read("no lee bien, tiene dislexia", new MessageContext(ReaderInstance.Today) { Language = "es" }).Facts.Concerns);
    }

    [Theory]
    [InlineData("They suspended him again. It was 4 days.", 4)]
    [InlineData("Lo suspendieron otra vez. Fueron 3 días.", 3)]
    [InlineData("he got suspended last week. 5 days", 5)]
    public void RemovalCount_ToldInTheNextSentence_IsTheRemovals(string text, int days)
    {
        Assert.Equal(days, Reader.Read(text, Unprompted).Facts.ConsecutiveDaysRemoved);
    }

    [Theory]
    [InlineData("She was suspended in October. He is 5 years old.")]
    [InlineData("They suspended him. 10 days this year so far")]
    public void OtherNumbers_AfterARemoval_AreNoRemovalLength(string text)
    {
        Assert.Null(Reader.Read(text, Unprompted).Facts.ConsecutiveDaysRemoved);
    }

    [Fact]
    public void SpanishSummer_WithItsArticle_IsRegression()
    {
        Assert.True(Reader.Read("en el verano se le olvida todo lo que aprendió", Unprompted).Facts.RegressionOverBreaks);
    }

    [Theory]
    [InlineData("He has an IEP but he hasn't seen the speech therapist since September")]
    [InlineData("his aide was pulled and nobody replaced her, he has an iep")]
    [InlineData("Tiene IEP pero no ha visto a la terapeuta de lenguaje desde septiembre")]
    [InlineData("tiene IEP y le quitaron la asistente")]
    public void ProviderNotSeen_IsServicesNotDelivered(string text)
    {
        Assert.False(Reader.Read(text, Unprompted).Facts.ServicesDelivered);
    }

    [Fact]
    public void CounselorNotSeen_IsNoService()
    {
        Assert.Null(Reader.Read("my son is worried he hasn't seen the counselor since friday", Unprompted).Facts.ServicesDelivered);
    }

    [Theory]
    [InlineData("he has an IEP and hes had maybe 4 speech sessions since september")]
    [InlineData("she has an IEP, her OT quit in october and nobody replaced her")]
    [InlineData("her 504 says extended time and her math teacher refuses to give it")]
    [InlineData("he has a 504 but his accommodations are on paper only")]
    [InlineData("he has an IEP and the aide hes supposed to have still hasnt started")]
    [InlineData("tiene IEP pero la terapeuta renunció y nadie la ha reemplazado")]
    public void ServicesToldShort_AreNotDelivered(string text)
    {
        Assert.False(Reader.Read(text, Unprompted).Facts.ServicesDelivered);
    }

    [Theory]
    [InlineData("I asked for an evaluation in october and they sent home a letter saying they wont test him", true)]
    [InlineData("the district mailed us a form letter denying the eval", true)]
    [InlineData("me mandaron una carta diciendo que no lo van a evaluar", true)]
    [InlineData("la escuela me dio un papel que dice que no lo van a evaluar", true)]
    [InlineData("they said no to testing him. the denial was verbal, nothing on paper", false)]
    [InlineData("me dijeron que no lo van a evaluar. nomás me lo dijeron por teléfono", false)]
    public void TheSchoolsDecision_InWritingOrNot_IsTheNotice(string text, bool written)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(written, reading.Facts.PriorWrittenNoticeReceived);
        // The school's letter is never the parent's request in writing.
        Assert.NotEqual(true, reading.Facts.RequestInWriting);
    }

    [Theory]
    [InlineData("he has an IEP. they stopped sending progress reports after the first quarter", false)]
    [InlineData("tiene IEP y solo me dan la boleta de calificaciones, nada de sus metas", false)]
    [InlineData("tiene IEP y me mandaron el reporte de progreso", true)]
    public void ProgressReports_InOrOut_AreNoEvaluationReport(string text, bool has)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(has, reading.Facts.HasProgressReports);
        Assert.Null(reading.Facts.HasEvaluationReport);
    }
}
