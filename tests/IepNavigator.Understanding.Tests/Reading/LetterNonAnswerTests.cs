using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Found drafting a letter as a parent: "the sped coordinator i guess, Ms. Hall" was written whole after "Dear", and
/// "idk her birthday exactly, march 2014 i think" became "Date of birth: March 1, 2014" (a day nobody gave). A letter gets
/// the name and the job title, and a birth date only with its day; a month alone is asked again or left blank.
/// </summary>
public sealed class LetterNonAnswerTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("the sped coordinator i guess, Ms. Hall", "Ms. Hall", "sped coordinator")]
    [InlineData("our iep coordinator, Mr. Brooks", "Mr. Brooks", "iep coordinator")]
    [InlineData("the school counselor i think, Mrs. Ortiz", "Mrs. Ortiz", "school counselor")]
    public void TitleThenName_TheNameAndTheTitle(string text, string name, string title)
    {
        var reading = Reader.Read(text, Unprompted with { Awaiting = LetterFields.RecipientName });
        Assert.Equal(AnswerKind.Value, reading.Answer!.Kind);
        Assert.Equal(name, reading.Details.RecipientName);
        Assert.Equal(title, reading.Details.RecipientTitle);
    }

    [Theory]
    [InlineData("idk her birthday exactly, march 2014 i think", AnswerKind.Unknown)]
    [InlineData("march 2014", AnswerKind.Unclear)]
    [InlineData("sometime in 2015", AnswerKind.Unclear)]
    public void BirthDateWithoutItsDay_IsNoDate(string text, AnswerKind kind)
    {
        var reading = Reader.Read(text, Unprompted with { Awaiting = LetterFields.ChildDateOfBirth });
        Assert.Equal(kind, reading.Answer!.Kind);
        Assert.Null(reading.Details.ChildDateOfBirth);
    }

    [Theory]
    [InlineData("March 3, 2014", "2014-03-03")]
    [InlineData("3/14/2015", "2015-03-14")]
    [InlineData("el 5 de mayo de 2016", "2016-05-05")]
    public void BirthDateWithItsDay_IsTheDate(string text, string date)
    {
        Assert.Equal(date, Reader.Read(text, Unprompted with { Awaiting = LetterFields.ChildDateOfBirth }).Details.ChildDateOfBirth);
    }
}
