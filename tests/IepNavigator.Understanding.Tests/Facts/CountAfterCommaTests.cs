using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// A tally of the times the child was sent home or picked up, told after a comma, counts the removal before it in the
/// same sentence (GUIDE.md E10, partial days counted): "they keep sending him home, like 8 times now" lost the count.
/// Suspensions counted in times have no days, and a rate ("3 times a week") is no total.
/// </summary>
public sealed class CountAfterCommaTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("they keep sending him home, like 8 times now", 8)]
    [InlineData("principal called me to pick her up again, that makes 5 times this year", 5)]
    [InlineData("lo mandan a la casa temprano, ya van como 5 veces en total", 5)]
    [InlineData("me hablan pa q vaya por el a cada rato, ya son 6 veces este año", 6)]
    public void TallyAfterTheRemoval_IsTheDaysRemoved(string text, int days) =>
        Assert.Equal(days, Reader.Read(text, Unprompted).Facts.DaysRemovedThisYear);

    [Fact]
    public void TallyAfterTheRemoval_AnswersTheQuestion() =>
        Assert.Equal(7, Reader.Read("me lo mandan temprano a la casa, ya van como 7 veces", Unprompted with { Awaiting = FactNames.DaysRemovedThisYear }).Facts.DaysRemovedThisYear);

    [Theory]
    [InlineData("he has 5 therapists, like 3 times a week")]
    [InlineData("the school calls me to come get him all the time, like 3 times a week")]
    [InlineData("me la mandan a la casa, como 2 veces por semana")]
    [InlineData("suspended him again, thats 4 times this year")]
    [InlineData("lo suspendieron otra vez, ya son 3 veces este año")]
    [InlineData("i emailed the teacher, like 4 times now")]
    [InlineData("me lo mandan pa la casa cada vez que hace berrinche, ya van como 6 veces este mes")]
    public void RateOrSuspensionsOrOtherTally_IsNoCount(string text) =>
        Assert.Null(Reader.Read(text, Unprompted).Facts.DaysRemovedThisYear);
}
