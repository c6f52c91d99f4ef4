using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Found trying the bot as a parent: "we live in Columbus OH" gave no state, because a code that is also a word ("OH",
/// "IN", "OK") counted only after a place word or a city and a comma. In capitals, right after a capitalized city that
/// follows a place word, it is the state; lower-case words between ("in the meeting OK") or a school's name are no city.
/// </summary>
public sealed class CodeAfterCityTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Opening = new(ReaderInstance.Today);

    [Theory]
    [InlineData("hi. my son is 7, we live in Columbus OH. the school says lets wait til spring", "OH")]
    [InlineData("we're in Fort Wayne IN and his teacher wont listen", "IN")]
    [InlineData("im in Tulsa OK, my daughter has adhd", "OK")]
    [InlineData("we moved from Dayton OH to Atlanta GA last summer", "GA")]
    public void CodeInCapitals_AfterACityTheFamilyIsIn_IsTheState(string message, string code)
    {
        Assert.Equal(code, Reader.Read(message, Opening).Facts.State);
    }

    [Theory]
    [InlineData("he gets in trouble in the lunchroom OK so what do i do")]
    [InlineData("he goes to Lincoln Elementary OH and the teacher is nice")]
    public void NoCityBeforeTheCode_NoState(string message)
    {
        Assert.Null(Reader.Read(message, Opening).Facts.State);
    }
}
