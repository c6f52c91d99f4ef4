using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Found trying the bot as a parent: "can I bring an advocate to the IEP meeting?" was read as asking to talk to one of
/// ours (talk-to-advocate 0.95). Whether a parent may bring someone asks about the process (question-forms.json
/// bringsSomeone); asking for an advocate still asks for one.
/// </summary>
public sealed class BringingSomeoneTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("can I bring an advocate to the IEP meeting?")]
    [InlineData("is it ok if i bring a friend to the iep meeting")]
    [InlineData("puedo llevar una abogada a la junta?")]
    [InlineData("can my advocate come to the meeting")]
    public void MayIBringSomeone_AsksAboutTheMeeting(string text)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(Intent.AskProcess, reading.Intent.Best);
        Assert.Equal("iep-meeting", reading.Topic);
        Assert.Empty(reading.StatedFacts);
    }

    [Theory]
    [InlineData("I want to talk to an advocate")]
    [InlineData("can i talk to an advocate?")]
    [InlineData("quiero hablar con una defensora")]
    public void AskingForAnAdvocate_StillAsksForOne(string text)
    {
        Assert.Equal(Intent.TalkToAdvocate, Reader.Read(text, Unprompted).Intent.Best);
    }
}
