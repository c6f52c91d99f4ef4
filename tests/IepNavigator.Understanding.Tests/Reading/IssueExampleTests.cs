using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>What issue 17 saw go wrong, read the way a parent meant it.</summary>
public sealed class IssueExampleTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Fact]
    public void Opening_WithStateGradeAndReading_KeepsThemAll_AndWaitIsNotARefusal()
    {
        var reading = Reader.Read("My daughter is in 3rd grade in Ohio and struggling with reading, the teacher says wait and see", Unprompted);
        Assert.Equal("OH", reading.Facts.State);
        Assert.Equal([ConcernArea.Reading], reading.Facts.Concerns);
        Assert.True(reading.Facts.SchoolSuggestedWaiting);
        Assert.Null(reading.Facts.SchoolRefusedEvaluation);
        Assert.Equal("3", reading.Details.Grade);
        Assert.Equal(Stage.Concerned, reading.Stage.Best);
    }

    [Fact]
    public void SideQuestion_AfterAStatement_KeepsTheStatementsFact()
    {
        var reading = Reader.Read("We live in Georgia. How long does the school have?", Unprompted);
        Assert.Equal(Intent.AskProcess, reading.Intent.Best);
        Assert.Equal("GA", reading.Facts.State);
        Assert.Equal("evaluation-timeline", reading.Topic);
    }

    [Theory]
    [InlineData("We're in Georgia. How long does the school have to evaluate? I sent the request in writing", "evaluation-timeline")]
    [InlineData("Vivimos en Georgia. ¿Cuánto tiempo tiene la escuela para evaluar? Mandé la solicitud por escrito", "evaluation-timeline")]
    [InlineData("do they have to give me a copy of the report before the meeting?", "evaluation-report")]
    [InlineData("¿me tienen que dar una copia del informe antes de la junta?", "evaluation-report")]
    public void SideQuestion_TopicIsWhatItAsks_NotWhatItTellsBesideIt(string message, string topic)
    {
        // "in writing" told as a fact beside the question is not a question about writing (issue 17).
        var reading = Reader.Read(message, Unprompted);
        Assert.Equal(topic, reading.Topic);
    }

    [Fact]
    public void AQuestion_StatesNoFact()
    {
        var reading = Reader.Read("Can the school refuse to evaluate?", Unprompted);
        Assert.Empty(reading.StatedFacts);
        Assert.Equal(Intent.AskProcess, reading.Intent.Best);
    }

    [Fact]
    public void EverySummer_IsRegression_NotADate()
    {
        var reading = Reader.Read("he loses everything he learned every summer", Unprompted);
        Assert.True(reading.Facts.RegressionOverBreaks);
        Assert.Equal([FactNames.RegressionOverBreaks], reading.StatedFacts);
    }

    [Fact]
    public void DatedRequestByEmail_IsTheRequestDate_InWriting()
    {
        var reading = Reader.Read("I emailed the principal on October 3 asking for an evaluation and nothing since", Unprompted);
        Assert.Equal(new DateOnly(2026, 10, 3), reading.Facts.EvaluationRequestedOn);
        Assert.True(reading.Facts.RequestInWriting);
        Assert.Equal(Stage.EvaluationRequested, reading.Stage.Best);
    }

    [Fact]
    public void Counts_TotalAndLongestRun()
    {
        var reading = Reader.Read("suspended 14 days this year, last one was 5 days in a row", Unprompted);
        Assert.Equal(14, reading.Facts.DaysRemovedThisYear);
        Assert.Equal(5, reading.Facts.ConsecutiveDaysRemoved);
        Assert.Equal(Stage.Discipline, reading.Stage.Best);
    }

    [Fact]
    public void April_IThink_IsAprilApproximate_NeverSilentlyExact()
    {
        var reading = Reader.Read("april i think", Unprompted with { Awaiting = FactNames.EvaluationRequestedOn });
        Assert.Equal(new DateOnly(2026, 4, 1), reading.Facts.EvaluationRequestedOn);
        Assert.Contains(FactNames.EvaluationRequestedOn, reading.Approximate);
        Assert.Equal(AnswerKind.Value, reading.Answer!.Kind);
        Assert.True(reading.Answer.Approximate);
    }

    [Fact]
    public void NotYet_InSpanish_IsNone()
    {
        var reading = Reader.Read("no, todavia no. no sabia que podia pedir eso", Unprompted with { Awaiting = FactNames.EvaluationRequestedOn });
        Assert.Equal(AnswerKind.None, reading.Answer!.Kind);
        Assert.Contains(FactNames.EvaluationRequestedOn, reading.None);
        Assert.Equal("es", reading.Language);
    }

    [Fact]
    public void IDontKnowIfHeGetsTheMinutes_IsAFullAnswer_Unknown()
    {
        var reading = Reader.Read("I honestly dont know if he gets all the minutes", Unprompted with { Awaiting = FactNames.ServicesDelivered });
        Assert.Equal(AnswerKind.Unknown, reading.Answer!.Kind);
        Assert.Contains(FactNames.ServicesDelivered, reading.Unknown);
        Assert.Null(reading.Facts.ServicesDelivered);
    }

    [Fact]
    public void NoConsentForm_TheyRefused_IsNoneAndARefusal()
    {
        var reading = Reader.Read("there was no consent form, they REFUSED", Unprompted with { Awaiting = FactNames.ConsentSignedOn });
        Assert.Contains(FactNames.ConsentSignedOn, reading.None);
        Assert.True(reading.Facts.SchoolRefusedEvaluation);
    }

    [Theory]
    [InlineData("so yes i guess", true)]
    [InlineData("no. he's supposed to get breaks but they never give them", false)]
    [InlineData("I think so", true)]
    public void YesOrNo_IsReadFromTheStartOfTheAnswer(string text, bool expected)
    {
        var reading = Reader.Read(text, Unprompted with { Awaiting = FactNames.ServicesDelivered });
        Assert.Equal(AnswerKind.Value, reading.Answer!.Kind);
        Assert.Equal(expected, reading.Answer.Value);
        Assert.Equal(expected, reading.Facts.ServicesDelivered);
    }

    [Theory]
    [InlineData("I don't know")]
    [InlineData("not sure")]
    [InlineData("depends")]
    [InlineData("maybe")]
    [InlineData("no sé")]
    public void NonCommittalAnswers_AreUnknown_AFullAnswer(string text)
    {
        var reading = Reader.Read(text, Unprompted with { Awaiting = FactNames.ServicesDelivered });
        Assert.Equal(AnswerKind.Unknown, reading.Answer!.Kind);
    }

    [Theory]
    [InlineData("Dear i dont know who that is,", LetterFields.RecipientName)]
    [InlineData("no se el nombre", LetterFields.RecipientName)]
    [InlineData("I don't have an email", LetterFields.ParentEmail)]
    [InlineData("i dont know, its hard to say", LetterFields.School)]
    [InlineData("no se cual quieren, es dificil", LetterFields.School)]
    public void LetterField_NonAnswer_IsNeverAValue(string text, string field)
    {
        var reading = Reader.Read(text, Unprompted with { Awaiting = field });
        Assert.Equal(AnswerKind.Unknown, reading.Answer!.Kind);
        Assert.Null(reading.Answer.Value);
        Assert.True(reading.Details.IsEmpty);
        Assert.Contains(field, reading.Unknown);
    }

    [Fact]
    public void LetterField_QuestionInsteadOfAnAnswer_IsAQuestion()
    {
        var reading = Reader.Read("do i have to give my email? can i just put my phone", Unprompted with { Awaiting = LetterFields.ParentEmail });
        Assert.Equal(AnswerKind.Question, reading.Answer!.Kind);
        Assert.Null(reading.Details.ParentEmail);
        Assert.Equal(Intent.AskProcess, reading.Intent.Best);
    }

    [Theory]
    [InlineData(LetterFields.RecipientName, "Mrs. Alvarez", "Mrs. Alvarez")]
    [InlineData(LetterFields.ChildName, "his name is Tyler Carter", "Tyler Carter")]
    [InlineData(LetterFields.ParentEmail, "sure, it's maria.lopez@example.com", "maria.lopez@example.com")]
    [InlineData(LetterFields.ParentPhone, "555-201-3344", "555-201-3344")]
    [InlineData(LetterFields.School, "i dont know which school name they want, its lincoln elementary", "lincoln elementary")]
    [InlineData(LetterFields.School, "no se cual nombre quieren, es la escuela Lincoln", "escuela Lincoln")]
    [InlineData(LetterFields.ParentName, "not sure what you need, it's Ana Rivera", "Ana Rivera")]
    public void LetterField_Answer_IsCheckedByType(string field, string text, string expected)
    {
        var reading = Reader.Read(text, Unprompted with { Awaiting = field });
        Assert.Equal(AnswerKind.Value, reading.Answer!.Kind);
        Assert.Equal(expected, reading.Answer.Value);
    }

    [Theory]
    [InlineData("quiero cambiar a quien va dirigida, es la Sra. María Gómez", "Sra. María Gómez")]
    [InlineData("please address it to Dr. Maria Lee instead", "Dr. Maria Lee")]
    public void Correction_NamesTheLettersRecipient(string text, string expected)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(expected, reading.Details.RecipientName);
    }

    [Theory]
    [InlineData("he goes to Lincoln Elementary")]
    [InlineData("mandarla a la directora de la escuela")]
    public void NoNamedPerson_IsNoRecipient(string text)
    {
        Assert.Null(Reader.Read(text, Unprompted).Details.RecipientName);
    }

    [Fact]
    public void DraftLetter_ByPurpose_NamesTheProgressLetter()
    {
        var reading = Reader.Read("can you draft a letter requesting his progress data and records", Unprompted);
        Assert.Equal(Intent.DraftLetter, reading.Intent.Best);
        Assert.Equal("progress-data-request", reading.LetterId);
    }

    [Theory]
    [InlineData("redacta la carta de que se pasó el plazo", FactNames.ConsentSignedOn, "overdue-timeline")]
    [InlineData("escríbeme la carta de que no cumplieron el plazo", FactNames.ConsentSignedOn, "overdue-timeline")]
    [InlineData("prepárame la carta del plazo vencido", FactNames.EvaluationRequestedOn, "overdue-timeline")]
    [InlineData("¿me puedes redactar la carta para pedir la evaluación?", FactNames.EvaluationRequestedOn, "evaluation-request")]
    [InlineData("write the letter about the deadline they missed", FactNames.ConsentSignedOn, "overdue-timeline")]
    [InlineData("ok can you draft me a letter for his records", FactNames.RequestInWriting, "records-request")]
    public void LetterRequest_UnderAQuestion_IsDraftLetter_NamesTheLetter_AndStatesNothing(string message, string awaiting, string letter)
    {
        // Issue 17: under a date question the model leaned to "tell" (0.73 for "redacta la carta de que se pasó el plazo"),
        // "carta" read as a request in writing and "escribe" as a writing concern; the chat retried the date.
        var reading = Reader.Read(message, new MessageContext(ReaderInstance.Today) { Awaiting = awaiting });
        Assert.Equal(Intent.DraftLetter, reading.Intent.Best);
        Assert.False(reading.Intent.Unsure);
        Assert.Equal(letter, reading.LetterId);
        Assert.Empty(reading.StatedFacts);
    }

    [Theory]
    [InlineData("he can read, cant write")]
    [InlineData("she can read ok but she cant write")]
    [InlineData("he cant write a letter to save his life")]
    public void WritingConcern_IsTold_NotARequestForALetter(string message)
    {
        var reading = Reader.Read(message, Unprompted);
        Assert.Equal(Intent.Tell, reading.Intent.Best);
        Assert.Contains(ConcernArea.Writing, reading.Facts.Concerns ?? []);
    }
}
