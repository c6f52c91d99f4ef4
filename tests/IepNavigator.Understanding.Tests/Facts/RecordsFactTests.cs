using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Records asked for and not given (hasRecords = false, GUIDE.md E7), the waiting told in a clause or a sentence of its
/// own ("..., still waiting", "Nada todavía."): the request before it names what is owed (facts.json promise).
/// </summary>
public sealed class RecordsFactTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("I asked for her school records on Nov 2, still waiting")]
    [InlineData("i requested his cumulative file two weeks ago and they still havent sent it")]
    [InlineData("pedí su expediente el 2 de noviembre y todavía no me lo han dado")]
    [InlineData("Pedí su expediente por escrito el 28 de octubre. Nada todavía.")]
    public void RecordsRequestedAndNotGiven_AreNotHad(string text)
    {
        Assert.False(Reader.Read(text, Unprompted).Facts.HasRecords);
    }

    [Theory]
    // Waiting on something else is not about records.
    [InlineData("I asked for an evaluation in October, still waiting")]
    [InlineData("pedí la evaluación en octubre y todavía no me la han hecho")]
    public void WaitingOnSomethingElse_SaysNothingOfRecords(string text)
    {
        Assert.Null(Reader.Read(text, Unprompted).Facts.HasRecords);
    }
}
