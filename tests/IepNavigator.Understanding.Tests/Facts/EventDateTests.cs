using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>A date belongs to the event in its own clause (GUIDE.md F5), and the parent's writing counts only for a stated request.</summary>
public sealed class EventDateTests
{
    private static readonly MessageReader Reader = new();
    private static readonly MessageContext Context = new(new DateOnly(2026, 12, 6));

    [Theory]
    [InlineData("I asked for an evaluation on 10/2", "2026-10-02")]
    [InlineData("I requested an evaluation on October 2", "2026-10-02")]
    [InlineData("I emailed the principal on October 3 asking for an evaluation", "2026-10-03")]
    [InlineData("On October 3, I emailed the principal asking for an evaluation", "2026-10-03")]
    public void Read_RequestWithDate_DatesTheRequest(string text, string date)
    {
        var reading = Reader.Read(text, Context);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reading.Facts.EvaluationRequestedOn);
    }

    [Fact]
    public void Read_RequestThenConsent_EachEventKeepsItsOwnDate()
    {
        var reading = Reader.Read("I requested it 10/2 and signed consent 10/14.", Context);
        Assert.Equal(new DateOnly(2026, 10, 2), reading.Facts.EvaluationRequestedOn);
        Assert.Equal(new DateOnly(2026, 10, 14), reading.Facts.ConsentSignedOn);
    }

    [Fact]
    public void Read_InWritingRequest_IsWrittenAndNeverAWritingConcern()
    {
        var reading = Reader.Read("I asked for an evaluation in writing", Context);
        Assert.True(reading.Facts.RequestInWriting);
        Assert.Null(reading.Facts.EvaluationRequestedOn);
        Assert.DoesNotContain(ConcernArea.Writing, reading.Facts.Concerns ?? []);
    }
}
