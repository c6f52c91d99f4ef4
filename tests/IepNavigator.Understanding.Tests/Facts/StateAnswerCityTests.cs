using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Found trying the bot as a parent: asked which state, parents answer with their city ("San Antonio"). A city that names
/// one state only answers the state question (content/states.json answerCities); in a story it is the state only after
/// words that say the family lives there ("we live in Phoenix": GUIDE.md E1), and a city several states share answers nothing.
/// </summary>
public sealed class StateAnswerCityTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext AskedState = new(ReaderInstance.Today) { Awaiting = FactNames.State };

    [Theory]
    [InlineData("Houston", "TX")]
    [InlineData("san antonio", "TX")]
    [InlineData("we're in fresno", "CA")]
    [InlineData("Chicago please", "IL")]
    [InlineData("estamos en Los Angeles", "CA")]
    [InlineData("NYC", "NY")]
    public void CityNamingOneState_AnswersTheStateQuestion(string answer, string code)
    {
        Assert.Equal(code, Reader.Read(answer, AskedState).Facts.State);
    }

    [Theory]
    [InlineData("Springfield")]
    [InlineData("portland")]
    [InlineData("Columbus")]
    [InlineData("idk")]
    public void CitySeveralStatesShare_OrNoPlace_AnswersNoState(string answer)
    {
        Assert.Null(Reader.Read(answer, AskedState).Facts.State);
    }

    [Theory]
    [InlineData("we live in Houston and my son is 8, hes in 3rd grade and cant read", "TX")]
    [InlineData("my son is 9 and has an IEP, we live in Phoenix", "AZ")]
    [InlineData("here in san antonio they suspend kids all the time", "TX")]
    [InlineData("vivimos en Houston y mi hija tiene 7 anos", "TX")]
    [InlineData("we moved from Ohio to Brooklyn in the summer", "NY")]
    public void CityWhereTheFamilyLives_IsItsState(string message, string code)
    {
        Assert.Equal(code, Reader.Read(message, new MessageContext(ReaderInstance.Today)).Facts.State);
    }

    [Theory]
    [InlineData("my sister in Chicago says i should ask for an evaluation")]
    [InlineData("he was born in Houston")]
    [InlineData("he goes to Phoenix Elementary")]
    [InlineData("we were in Chicago until last year")]
    [InlineData("we live in Springfield")]
    public void CityNotWhereTheFamilyLives_IsNoState(string message)
    {
        Assert.Null(Reader.Read(message, new MessageContext(ReaderInstance.Today)).Facts.State);
    }
}
