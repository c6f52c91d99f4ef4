using IepNavigator.DirectLine.Bot;

namespace IepNavigator.DirectLine.Tests;

/// <summary>The channel's own apology follows the activity's locale; any other language gets English.</summary>
public sealed class ChannelMessagesTests
{
    private static readonly ChannelMessages Messages = ChannelMessages.Load();

    [Theory]
    [InlineData("es-US")]
    [InlineData("es")]
    [InlineData("ES_mx")]
    public void TurnError_ForASpanishLocale_IsSpanish(string locale)
    {
        Assert.StartsWith("Lo siento", Messages.TurnErrorFor(locale), StringComparison.Ordinal);
        Assert.NotEqual(Messages.TurnError, Messages.TurnErrorFor(locale));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("")]
    [InlineData(null)]
    public void TurnError_ForAnyOtherLocale_IsEnglish(string? locale) =>
        Assert.Equal(Messages.TurnError, Messages.TurnErrorFor(locale));
}
