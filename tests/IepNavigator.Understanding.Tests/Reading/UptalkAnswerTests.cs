using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Found trying the bot as a parent: "i think so? honestly not sure, nobody tells me anything", to "Is your child actually
/// getting the services...?", got "I can't answer that" and the question again. A few words with a rising "?" and no
/// question word answer; a doubt after them makes the answer "I don't know". A real question still asks.
/// </summary>
public sealed class UptalkAnswerTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;

    private static MessageReading Answering(string text, string fact) =>
        Reader.Read(text, new MessageContext(ReaderInstance.Today) { Awaiting = fact });

    [Theory]
    [InlineData("i think so? honestly not sure, nobody tells me anything")]
    [InlineData("maybe? i really dont know")]
    [InlineData("creo que si? la verdad no se")]
    public void RisingAnswerThenDoubt_IsUnknown(string text)
    {
        var reading = Answering(text, FactNames.ServicesDelivered);
        Assert.Equal(AnswerKind.Unknown, reading.Answer!.Kind);
        Assert.DoesNotContain(FactNames.ServicesDelivered, reading.StatedFacts);
    }

    [Theory]
    [InlineData("yes? i mean they say so", true)]
    [InlineData("no? they never told me about any sessions", false)]
    public void RisingAnswer_IsTheAnswer(string text, bool value)
    {
        var reading = Answering(text, FactNames.ServicesDelivered);
        Assert.Equal(AnswerKind.Value, reading.Answer!.Kind);
        Assert.Equal(value, reading.Answer.Value);
    }

    [Theory]
    [InlineData("what do you mean? they get speech twice a week")]
    public void RealQuestionFirst_StillAsks(string text)
    {
        Assert.Equal(AnswerKind.Question, Answering(text, FactNames.ServicesDelivered).Answer!.Kind);
    }
}
