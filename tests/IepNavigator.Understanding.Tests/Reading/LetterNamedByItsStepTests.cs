using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Found trying the bot as a parent: "ok draft the letter for the meeting one", with the meeting request third in the plan,
/// drafted the plan's first letter (records). A letter called by its step's noun ("the meeting one", "the concerns
/// letter") is that letter; the meeting a letter is sent before does not make it the meeting request.
/// </summary>
public sealed class LetterNamedByItsStepTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("ok draft the letter for the meeting one", "iep-meeting-request")]
    [InlineData("can you write the letter asking for a meeting", "iep-meeting-request")]
    [InlineData("draft the meeting request please", "iep-meeting-request")]
    [InlineData("can you write the concerns letter", "parent-concerns-statement")]
    [InlineData("i sent the concerns letter before the meeting", "parent-concerns-statement")]
    [InlineData("quiero la carta de mis preocupaciones", "parent-concerns-statement")]
    public void LetterCalledByItsStep_IsThatLetter(string text, string letter) =>
        Assert.Equal(letter, Reader.Read(text, Unprompted).LetterId);
}
