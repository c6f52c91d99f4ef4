using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// GUIDE.md E6 / E12: the past meeting at which the school did what the parent disputes ("en la junta del 14 de octubre
/// ... no estuve de acuerdo") was an IEP meeting, so it dates lastIepReviewOn beside disputedActionOn; a placement or
/// disciplinary move or an eligibility decision made at a meeting owns that meeting, which is then no IEP review.
/// </summary>
public sealed class DisputedMeetingTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("Le bajaron las horas de apoyo de 10 a 3 por semana en la junta del 14 de octubre. No estuve de acuerdo.", "2026-10-14")]
    [InlineData("They cut his OT at the meeting on November 20 and I said no.", "2026-11-20")]
    [InlineData("We did not agree with the new IEP and wouldn't sign it. The meeting was December 1.", "2026-12-01")]
    [InlineData("en la junta del 10 de noviembre le quitaron la terapia y dije que no", "2026-11-10")]
    public void MeetingWhereTheDisputedChangeWasMade_IsTheLastIepReview(string text, string date)
    {
        var facts = Reader.Read(text, Unprompted).Facts;
        var expected = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, facts.DisputedActionOn);
        Assert.Equal(expected, facts.LastIepReviewOn);
    }

    [Theory]
    [InlineData("They want to move my son to a self-contained classroom and I said no at the meeting on November 18.")]
    [InlineData("Lo quieren pasar a un salón especial y les dije que no en la junta del 18 de noviembre.")]
    [InlineData("They're moving my son to a behavior classroom because of his outbursts. They decided at a meeting on November 19. I don't agree.")]
    [InlineData("En la junta de elegibilidad del 3 de noviembre dijeron que no califica. No estoy de acuerdo.")]
    public void AMoveOrEligibilityMeeting_IsNoIepReview(string text)
    {
        Assert.Null(Reader.Read(text, Unprompted).Facts.LastIepReviewOn);
    }
}
