using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's thirteenth round, English: the fact families the test split misses most, in wordings that are in no corpus
/// file — services given ("every single session") and owed but not given (a teacher pulled for other duty, "that is not
/// resource", a promise of extended time), the IEP said sideways, the school's decision emailed or given on no paper, a
/// school notice that is about something else, disagreeing or agreeing with an evaluation, the teacher's "keep an eye on
/// it", a refusal in the school's words, a parent's no with a word between, and a plan to write that is no written request.
/// </summary>
public sealed class ServicesAndNoticesWordingsTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    private static CaseFacts Read(string text) => Reader.Read(text, Unprompted).Facts;

    private static CaseFacts Answer(string text, string awaiting) => Reader.Read(text, Unprompted with { Awaiting = awaiting }).Facts;

    [Theory]
    [InlineData("my daughter is on an IEP and she gets every single OT session now")]
    [InlineData("his teachers give him every accommodation in the 504")]
    [InlineData("her 504 is finally being followed")]
    public void ServicesToldAsGiven_AreDelivered(string text)
    {
        Assert.True(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("his IEP has 45 minutes of resource a day. the resource teacher gets pulled to sub almost every day")]
    [InlineData("she has an IEP for reading. they send her to the hallway with a volunteer. that is not reading intervention")]
    [InlineData("he has an IEP for speech but his speech sessions just dont happen since the new year")]
    [InlineData("he has an IEP with a 1:1 aide and the aide covers lunch duty half the day")]
    [InlineData("he has an IEP and there is no transportation for him since the bus aide left")]
    [InlineData("her IEP says 120 min a week of math support. she misses like 3 days out of 5")]
    [InlineData("his 504 for dyslexia says extended time on tests, and his science teacher never gives it to him")]
    public void ServicesOwedAndNotGiven_AreNotDelivered(string text)
    {
        Assert.False(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("every session since september", true)]
    [InlineData("as far as i can tell, yes", true)]
    [InlineData("some days yes, most days no", false)]
    [InlineData("on paper yes", false)]
    public void AnswerToTheServicesQuestion(string text, bool delivered)
    {
        Assert.Equal(delivered, Answer(text, FactNames.ServicesDelivered).ServicesDelivered);
    }

    [Theory]
    [InlineData("my son (9) is on an IEP for adhd")]
    [InlineData("she gets special ed through an IEP")]
    public void AnIepSaidSideways_IsAnIep(string text)
    {
        Assert.True(Read(text).HasIep);
    }

    [Fact]
    public void StillWaitingOnAnIep_AnsweredToTheIepQuestion_IsNoIep()
    {
        Assert.False(Answer("still waiting on one, they only gave us a 504", FactNames.HasIep).HasIep);
    }

    [Fact]
    public void TheDistrictsEmailedMove_IsAWrittenNotice()
    {
        Assert.True(Read("the district emailed me that she is being moved to the life skills class after break").PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("the school emailed me that he was sent home for hitting")]
    [InlineData("the PTO sent home a notice about the fundraiser")]
    public void TheSchoolsOtherNews_IsNoWrittenNotice(string text)
    {
        Assert.Null(Read(text).PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("whoever wrote that report doesnt know the kid we live with")]
    [InlineData("they only gave her half the subtests")]
    public void DisagreeingWithTheEvaluation_InPlainWords(string text)
    {
        Assert.True(Read(text).DisagreesWithEvaluation);
    }

    [Fact]
    public void ResultsThatLookRight_AreAgreement()
    {
        Assert.False(Read("the results look about right to us").DisagreesWithEvaluation);
    }

    [Fact]
    public void WayOff_AnsweredToTheEvaluationQuestion_IsDisagreement()
    {
        Assert.True(Answer("its totally off", FactNames.DisagreesWithEvaluation).DisagreesWithEvaluation);
    }

    [Fact]
    public void TheTeachersKeepAnEyeOnIt_IsWaiting()
    {
        Assert.True(Read("her teacher says she'll keep an eye on it for now").SchoolSuggestedWaiting);
    }

    [Fact]
    public void DeclineToEvaluate_IsARefusal()
    {
        Assert.True(Read("I asked for testing in writing and the principal wrote back that they decline to evaluate").SchoolRefusedEvaluation);
    }

    [Fact]
    public void TheParentsNo_WithAWordBetween_DisputesTheDatedMeeting()
    {
        Assert.Equal(new DateOnly(2026, 11, 4), Read("we had the review on nov 4 and they took away his aide, we honestly dont agree").DisputedActionOn);
    }

    [Fact]
    public void MeaningToEmail_IsNoWrittenRequest()
    {
        var facts = Read("i keep meaning to email his teacher and ask for an evaluation");
        Assert.Null(facts.RequestInWriting);
        Assert.Null(facts.EvaluationRequestedOn);
    }

    [Fact]
    public void FinallyMakingProgress_IsProgress()
    {
        Assert.True(Read("shes finally making real progress in reading").MakingProgress);
    }

    [Fact]
    public void NotOneProgressReport_IsNone()
    {
        Assert.False(Read("not one progress report all year").HasProgressReports);
    }

    [Fact]
    public void OnlyInPerson_AnsweredToTheTeamQuestion_IsNotInWriting()
    {
        Assert.False(Answer("just in person at drop off", FactNames.TriedResolvingWithTeam).TriedResolvingWithTeam);
    }

    [Fact]
    public void Panics_AnsweredToTheConcernsQuestion_IsEmotional()
    {
        Assert.Equal([ConcernArea.Emotional], Answer("she panics during tests", FactNames.Concerns).Concerns);
    }

    [Theory]
    [InlineData("my youngest (6) gets speech through an IEP", 6)]
    [InlineData("my oldest, 13, goes to the middle school", 13)]
    public void AnAgeAfterTheChildsBirthOrder(string text, int age)
    {
        Assert.Equal(age, Read(text).ChildAge);
    }

    [Theory]
    [InlineData("he cant keep his hands to himself at circle time", ConcernArea.Behavior)]
    [InlineData("she only says like 20 words", ConcernArea.SpeechLanguage)]
    public void ConcernWordsInPlainLanguage(string text, ConcernArea area)
    {
        Assert.Contains(area, Read(text).Concerns ?? []);
    }

    [Fact]
    public void Behavior_AnsweredToTheConcernsQuestion_IsABehaviorConcern()
    {
        var facts = Answer("mostly behavior", FactNames.Concerns);
        Assert.Contains(ConcernArea.Behavior, facts.Concerns ?? []);
        Assert.True(facts.BehaviorConcerns);
    }
}
