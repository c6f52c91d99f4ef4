using IepNavigator.Knowledge.Content;

namespace IepNavigator.Knowledge.Tests.Content;

/// <summary>
/// The one lookup of a sentence: in the turn's language, or fixed to one (an advocate console set to Spanish, a packet
/// in the family's language) whatever the turn speaks; an unknown key is null to <c>Find</c> and an error to <c>Get</c>.
/// </summary>
public sealed class ContentStringsTests
{
    private static readonly ContentStrings Strings = new(
        new Localized<IReadOnlyDictionary<string, string>>(language => language == ContentLanguage.Spanish
            ? new Dictionary<string, string> { ["wait"] = "{0} segundos" }
            : new Dictionary<string, string> { ["wait"] = "{0} seconds", ["onlyEnglish"] = "Soon" }),
        "test.json");

    [Fact]
    public void In_FixesTheLanguage_WhateverTheTurnSpeaks()
    {
        using var _ = ContentLanguage.Begin(ContentLanguage.English);
        var spanish = Strings.In("es-US");

        Assert.Equal(ContentLanguage.Spanish, spanish.Language);
        Assert.Equal("30 segundos", spanish.Format("wait", 30));
        Assert.Equal("30 seconds", Strings.Format("wait", 30)); // the unfixed one still follows the turn
        Assert.Equal("30 seconds", Strings.In("de-DE").Format("wait", 30)); // unsupported → English
    }

    [Fact]
    public void WithoutIn_FollowsTheTurnsLanguage()
    {
        using var _ = ContentLanguage.Begin(ContentLanguage.Spanish);
        Assert.Equal("{0} segundos", Strings.Get("wait"));
        Assert.Equal("{0} segundos", Strings["wait"].Value);
    }

    [Fact]
    public void AnUnknownKey_IsNullToFind_AndAContentErrorToGet()
    {
        var spanish = Strings.In(ContentLanguage.Spanish);

        Assert.Null(spanish.Find("deadlineNames.unknown"));
        Assert.Throws<KeyNotFoundException>(() => spanish.Get("deadlineNames.unknown"));
        Assert.Equal("Soon", spanish.Find("onlyEnglish")); // a translation's gap falls back to English (parity tests forbid it)
    }
}
