using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Found by the whole suite after a retrain (intent threshold 0.45): "مريم الحسيني" typed as a letter's recipient was read
/// "why" 0.49, sure, and the chat explained why it asks instead of taking the name. The models know Latin letters only:
/// a message in another script is never a sure intent (the field's own reading still takes it as typed).
/// </summary>
public sealed class OtherScriptIntentTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;

    [Theory]
    [InlineData("مريم الحسيني")]
    [InlineData("王小明")]
    [InlineData("Олена Коваленко")]
    public void AMessageInAnotherScript_IsNoSureIntent(string text)
    {
        Assert.True(Reader.Read(text, new MessageContext(ReaderInstance.Today)).Intent.Unsure);
        Assert.True(Reader.Read(text, new MessageContext(ReaderInstance.Today) { Awaiting = "recipientName" }).Intent.Unsure);
    }

    [Theory]
    [InlineData("why do you need that?")]
    [InlineData("¿por qué necesita eso?")]
    public void LatinLetters_StillGetTheirIntent(string text) =>
        Assert.Equal(Intent.Why, Reader.Read(text, new MessageContext(ReaderInstance.Today) { Awaiting = "recipientName" }).Intent.Best);
}
