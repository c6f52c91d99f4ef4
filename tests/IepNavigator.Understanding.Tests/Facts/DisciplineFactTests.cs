using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// What a discipline opening says exactly: whether the child has an IEP (it decides which protections apply, 34 CFR
/// 300.530 or only 300.534), and that the removals were not in a row (then the chat asks whether the school calls them a
/// pattern, never for a run of days the parent already said there was not).
/// </summary>
public sealed class DisciplineFactTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("my son has an IEP and got suspended again, 12 days so far this year", true)]
    [InlineData("She's on an IEP for autism and they want to move her to another school", true)]
    [InlineData("mi hijo tiene un IEP y lo suspendieron otra vez", true)]
    [InlineData("he doesn't have an IEP yet and they suspended him for 5 days", false)]
    [InlineData("mi hija no tiene IEP y la suspendieron 3 días", false)]
    public void DisciplineOpening_SaysWhetherThereIsAnIep(string text, bool hasIep) =>
        Assert.Equal(hasIep, Reader.Read(text, Unprompted).Facts.HasIep);

    [Theory]
    [InlineData("we have an IEP meeting next week about his suspensions")]
    [InlineData("tenemos una reunión del IEP el lunes por las suspensiones")]
    public void IepMeeting_IsNoSignOfAnIep(string text) =>
        Assert.Null(Reader.Read(text, Unprompted).Facts.HasIep);

    [Theory]
    [InlineData("12 school days in total this year, not in a row")]
    [InlineData("12 días en total este año, no fueron seguidos")]
    public void NotInARow_IsNoRunOfDays_AndTheTotalStands(string text)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(12, reading.Facts.DaysRemovedThisYear);
        Assert.Null(reading.Facts.ConsecutiveDaysRemoved);
        Assert.Contains(FactNames.ConsecutiveDaysRemoved, reading.None);
    }
}
