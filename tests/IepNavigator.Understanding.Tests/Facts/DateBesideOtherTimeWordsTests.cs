using System.Globalization;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// An explicit date tied to its event survives a "last year" / "next week" / "el año pasado" that dates another part of
/// the sentence: "...meeting is on December 18 and her reading goals are the same as last year" lost the meeting, the
/// "last" read as the meeting's past tense (found trying the bot as a parent).
/// </summary>
public sealed class DateBesideOtherTimeWordsTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("her annual IEP meeting is on December 18 and her reading goals are the same as last year", "2026-12-18")]
    [InlineData("his annual ARD is dec 15th, they want the same accommodations like last year", "2026-12-15")]
    [InlineData("annual review is thursday dec 10 and the new OT starts next week", "2026-12-10")]
    [InlineData("la junta anual del IEP es el 18 de diciembre y sigue leyendo igual que el año pasado", "2026-12-18")]
    [InlineData("su junta anual es el 15 de dic y quieren las mismas acomodaciones como el año pasado", "2026-12-15")]
    public void NextMeeting_KeepsItsDate(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), Reader.Read(text, Unprompted).Facts.IepMeetingOn);

    [Theory]
    [InlineData("we had his annual review on November 12 and they said next year hes moving to the resource room", "2026-11-12")]
    [InlineData("la revision anual fue el 12 de noviembre y dicen que el proximo año le dan mas horas de speech", "2026-11-12")]
    public void PastReview_KeepsItsDate(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), Reader.Read(text, Unprompted).Facts.LastIepReviewOn);

    [Theory]
    [InlineData("the IEP meeting was last year, on december 18")]
    [InlineData("we had the annual review last week")]
    public void MeetingSaidPast_IsNoNextMeeting(string text) =>
        Assert.Null(Reader.Read(text, Unprompted).Facts.IepMeetingOn);
}
