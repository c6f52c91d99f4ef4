using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// The topic of a side question (Corpus/GUIDE.md C5), in wordings written for these tests from the families of misses
/// `topics train` and `topics dev` listed (never corpus lines): a question that names no topic takes it from the message
/// around it; a longer phrase of a topic wins over a shorter one of another; "how long" about something named is about
/// that thing.
/// </summary>
public sealed class SideQuestionTopicTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("they sent him home early 4 times this month. is that allowed?", "discipline-rights")]
    [InlineData("lo mandan temprano a la casa casi todos los días. ¿eso se vale?", "discipline-rights")]
    [InlineData("it's been 75 days since I signed the consent and nothing. is that ok?", "evaluation-timeline")]
    public void AQuestionNamingNoTopic_TakesItFromTheMessage(string message, string topic)
    {
        Assert.Equal(topic, Reader.Read(message, Unprompted).Topic);
    }

    [Theory]
    [InlineData("how many days do they get once I sign the consent form?", "evaluation-timeline")]
    [InlineData("how long do they have to send me her records?", "records-access")]
    [InlineData("cuánto tiempo tienen para darme el expediente de mi hija?", "records-access")]
    [InlineData("how many days can they suspend her for?", "discipline-rights")]
    [InlineData("¿cuántos días lo pueden suspender?", "discipline-rights")]
    [InlineData("she qualified last week, how long do they have to write the IEP?", "iep-meeting-timeline")]
    [InlineData("ya calificó, ¿cuánto tiempo tienen para hacer el IEP?", "iep-meeting-timeline")]
    [InlineData("do I have to sign the IEP at the meeting?", "iep-meeting")]
    [InlineData("can they move him to another school while we are fighting about his placement?", "stay-put")]
    [InlineData("shouldn't they give me something in writing when they say no?", "prior-written-notice")]
    public void TheTopicTheQuestionNames_WinsOverAShorterGenericPhrase(string message, string topic)
    {
        Assert.Equal(topic, Reader.Read(message, Unprompted).Topic);
    }
}
