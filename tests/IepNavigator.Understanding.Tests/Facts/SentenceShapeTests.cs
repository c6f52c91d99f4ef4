using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Issue 17's sixteenth round, English: servicesDelivered and priorWrittenNoticeReceived read from the sentence's shape
/// (a service, provider or the school's written notice a few words from a verb of not happening, falling short or arriving,
/// either order, in one clause: <c>shapeSubjects</c> / <c>shapeNo</c> / <c>shapeYes</c> in content/facts.json) rather than
/// from one more fixed phrase; and what the shape must not take: a service only named, planned or asked about, a negated
/// miss, other people's therapy, a notice only mentioned. Every case is in no corpus file.
/// </summary>
public sealed class SentenceShapeTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    private static CaseFacts Read(string text) => Reader.Read(text, Unprompted).Facts;

    [Theory]
    [InlineData("he has an IEP and the co-teacher got reassigned to 5th grade in october")]
    [InlineData("he has an IEP and his math group got pushed to after the holidays")]
    [InlineData("she has an IEP and resource got swapped for a study hall")]
    [InlineData("she has an IEP. the teacher of the deaf stopped coming after thanksgiving")]
    [InlineData("he has an IEP and his reading intervention stopped happening after the winter concert")]
    [InlineData("she has an IEP and the sign language interpreter got swapped for a captioning app")]
    [InlineData("he has an IEP and the interventionist hasnt even seen him since labor day")]
    [InlineData("her 504 says she gets a copy of notes and the para just isnt there most days")]
    public void AServiceBesideAVerbOfNotHappening_IsNotDelivered(string text)
    {
        Assert.False(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("his IEP says speech 1 on 1 but they keep throwing him into a group of 5")]
    [InlineData("per her IEP she is owed 90 min of resource and she gets maybe 30 if that")]
    public void AfterWhatThePlanOwes_TheVerbAloneSaysNo(string text)
    {
        Assert.False(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("he has an IEP. speech and OT happen every tuesday like they should")]
    [InlineData("she has an IEP and the aide hasnt missed a single day")]
    [InlineData("he has an IEP, the SLP sees him at lunch every week no problem")]
    public void AServiceBesideAVerbOfHappening_IsDelivered(string text)
    {
        Assert.True(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("he has an IEP and the IEP team wants to add speech next year")]
    [InlineData("he has an IEP and we asked if they could add OT")]
    [InlineData("he has an IEP and his meltdowns stopped when the aide started")]
    [InlineData("he has an IEP. my husbands PT got canceled again, unrelated")]
    [InlineData("our dogs therapy session got canceled lol")]
    public void AServiceNamedPlannedOrSomeoneElses_IsNoFact(string text)
    {
        Assert.Null(Read(text).ServicesDelivered);
    }

    [Theory]
    [InlineData("they cut his speech, their letter is dated nov 3. i dont agree")]
    [InlineData("the school did send a formal notice about dropping his OT")]
    [InlineData("the written notice came friday, they are moving her to another school")]
    public void TheSchoolsNoticeBesideAVerbOfArriving_IsAWrittenNotice(string text)
    {
        Assert.True(Read(text).PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("the principal mentioned something about a written notice on the phone")]
    [InlineData("i asked them for a prior written notice last week")]
    [InlineData("the written notice never came")]
    public void ANoticeOnlyMentionedAskedForOrNeverCome_IsNoWrittenNotice(string text)
    {
        Assert.NotEqual(true, Read(text).PriorWrittenNoticeReceived);
    }
}
