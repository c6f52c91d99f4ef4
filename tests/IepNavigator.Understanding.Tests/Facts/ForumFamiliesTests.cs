using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's eleventh round: English fact families in forum wordings that are in no corpus file — each family's
/// vocabulary × structure (staff never hired or never replaced, "maybe twice a month", "N days out of M", "what he
/// actually gets", accommodations ignored, a plan the teacher never saw; a decision on paper or only spoken; doubts about
/// the testing; a filler before the answer; words that only look like a concern), with the near misses beside them.
/// </summary>
public sealed class ForumFamiliesTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    private static CaseFacts Read(string text) => Reader.Read(text, Unprompted).Facts;

    private static MessageReading Answer(string text, string awaiting) => Reader.Read(text, Unprompted with { Awaiting = awaiting });

    [Theory]
    [InlineData("she has an IEP with a full time para and the para was never hired, so she sits with nobody")]
    [InlineData("he has an IEP and the deaf ed teacher left in may and the district never replaced her")]
    [InlineData("my son has an IEP for hearing and the interpreter comes maybe twice a month")]
    [InlineData("she has an IEP and her accommodations keep getting ignored by the science teacher")]
    [InlineData("he has an IEP and the sub in his resource room has never even seen his IEP")]
    [InlineData("she has a 504 and they follow it maybe 2 days out of 5")]
    [InlineData("he has an IEP and the counselor hasn't pulled him once since september")]
    public void StaffMissingOrThePlanIgnored_IsNotDelivered(string text)
    {
        Assert.False(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("speech is listed in his IEP, but what he actually gets is a worksheet sent home")]
    [InlineData("he's supposed to get reading intervention daily and he's gotten practically nothing since october")]
    [InlineData("OT and PT are both written into her IEP and neither has even started")]
    [InlineData("a 1:1 aide is in his IEP and he's been going without one all semester")]
    [InlineData("his IEP has speech twice a week, he gets it once a month if we're lucky")]
    public void WhatThePlanOwesThenWhatHeGets_IsNotDelivered(string text)
    {
        Assert.False(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("he has an IEP and the aide is with him every day, they follow it")]
    [InlineData("the school nurse was never hired back after covid, that's a district thing")]
    public void NearMisses_AreNotUndelivered(string text)
    {
        Assert.NotEqual(false, Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("got an email from the sped office saying they're ending her OT")]
    [InlineData("they answered my request with a prior written notice")]
    [InlineData("the district emailed us a pdf with their logo and everything that said denied")]
    public void ADecisionOnPaper_IsAWrittenNotice(string text)
    {
        Assert.True(Read(text).PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("they said no. the principal just told me at pickup")]
    [InlineData("they wont test her. all we got was a voicemail from the psychologist")]
    public void ADecisionOnlySpoken_IsNoWrittenNotice(string text)
    {
        Assert.False(Read(text).PriorWrittenNoticeReceived);
    }

    [Fact]
    public void AMeetingInvitation_IsNoWrittenNotice()
    {
        Assert.Null(Read("we got a letter saying there's an IEP meeting on the 15th").PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("honestly the eval report reads like a different child")]
    [InlineData("the psych skipped half the testing the doctor asked for")]
    [InlineData("no way those scores are accurate, she reads at a first grade level")]
    [InlineData("they called it a full evaluation after 30 minutes with her")]
    [InlineData("the evaluation is a bunch of nonsense")]
    public void ADoubtAboutTheTesting_DisagreesWithTheEvaluation(string text)
    {
        Assert.True(Read(text).DisagreesWithEvaluation);
    }

    [Theory]
    [InlineData("lol no, he hasnt had speech in weeks", FactNames.ServicesDelivered, false)]
    [InlineData("haha nope", FactNames.ServicesDelivered, false)]
    [InlineData("honestly yes, they're on top of it", FactNames.ServicesDelivered, true)]
    [InlineData("100% i do", FactNames.DisagreesWithEvaluation, true)]
    [InlineData("the OT yes, the aide almost never", FactNames.ServicesDelivered, false)]
    [InlineData("out loud at the IEP meeting", FactNames.RequestInWriting, false)]
    [InlineData("we never sent any formal letter", FactNames.RequestInWriting, false)]
    public void AFillerOrAPartBeforeTheAnswer_StillAnswers(string text, string awaiting, bool value)
    {
        var reading = Answer(text, awaiting);

        Assert.Equal(AnswerKind.Value, reading.Answer!.Kind);
        Assert.Equal(value, reading.Answer.Value);
    }

    [Fact]
    public void AFillerAlone_IsNoAnswer()
    {
        Assert.NotEqual(AnswerKind.Value, Answer("lol", FactNames.ServicesDelivered).Answer!.Kind);
    }

    [Theory]
    [InlineData("he throws up every morning before school and begs to stay home", ConcernArea.Behavior)]
    [InlineData("she has an IEP for anxiety. they left out everything the neurologist said", ConcernArea.Social)]
    [InlineData("he has a 504, and his math sub this semester is great", ConcernArea.Math)]
    [InlineData("she has a 504 and gets a reader for tests", ConcernArea.Reading)]
    public void WordsThatOnlyLookLikeAConcern_AreNone(string text, ConcernArea notThere)
    {
        Assert.DoesNotContain(notThere, Read(text).Concerns ?? []);
    }

    [Fact]
    public void AChildWhoBolts_IsABehaviorConcern()
    {
        Assert.Contains(ConcernArea.Behavior, Read("he is 6 and he bolts whenever the class gets loud").Concerns ?? []);
    }

    [Theory]
    [InlineData("at conferences i told his teacher i wanted him tested, that was october 20", "2026-10-20")]
    [InlineData("i brought it up with the counselor on nov 3 that we want her evaluated", "2026-11-03")]
    public void TellingTheSchoolIWantHimTested_IsARequest(string text, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Read(text).EvaluationRequestedOn);
    }
}
