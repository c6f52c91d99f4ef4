using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Parents ask without a question mark (issue 17): a sentence that opens with a question form asks, sets no fact and
/// names its topic; a statement that merely holds such a word still tells.
/// </summary>
public sealed class QuestionWithoutMarkTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("can the school refuse to test him")]
    [InlineData("cna they refuse to evaluate him")]
    [InlineData("how long do they have")]
    [InlineData("waht do i do now")]
    [InlineData("when do i get the evaluation report")]
    [InlineData("que tengo que hacer ahora")]
    [InlineData("pueden negarse a evaluarlo")]
    [InlineData("porque no lo quieren evaluar")]
    [InlineData("cuando me tienen que dar el informe")]
    [InlineData("donde mando la carta")]
    [InlineData("is recording the meeting allowed in ohio")]
    [InlineData("is homeschooling legal in georgia")]
    public void OpeningQuestionForm_Asks_AndSetsNoFact(string message)
    {
        var reading = Reader.Read(message, Unprompted);
        Assert.Equal([message], reading.Questions);
        Assert.Empty(reading.StatedFacts);
    }

    [Theory]
    [InlineData("when I asked for an evaluation they said no", "schoolRefusedEvaluation")]
    [InlineData("como le dije, la escuela no quiere evaluarlo", "schoolRefusedEvaluation")]
    [InlineData("they can't test him until May", "schoolRefusedEvaluation")]
    [InlineData("We're in Ohio, he is in 2nd grade", "state")]
    [InlineData("Is in 3rd grade and was in speech last year. We're in Georgia", "state")]
    [InlineData("cuando le pregunte a la maestra me dijo que esperemos", "schoolSuggestedWaiting")]
    [InlineData("hay una junta del IEP el 15 de diciembre", "iepMeetingOn")]
    public void StatementHoldingAQuestionWord_StillTells(string message, string fact)
    {
        var reading = Reader.Read(message, Unprompted);
        Assert.Empty(reading.Questions);
        Assert.Contains(fact, reading.StatedFacts);
    }

    [Fact]
    public void StatementWithAQuestionWordInside_IsNoQuestion()
    {
        Assert.Empty(Reader.Read("I asked what they would do", Unprompted).Questions);
    }

    [Theory]
    [InlineData("what do i do now?? do they have to give me a copy of the testing report before the meeting", "evaluation-report")]
    [InlineData("que tengo que hacer ahora. tienen que darme una copia del informe antes de la junta", "evaluation-report")]
    [InlineData("how long do they have", "evaluation-timeline")]
    public void QuestionWithoutMark_NamesItsTopic_WhateverTheIntent(string message, string topic)
    {
        var reading = Reader.Read(message, new MessageContext(ReaderInstance.Today) { Awaiting = "concernsDocumented" });
        Assert.Equal(topic, reading.Topic);
        Assert.Empty(reading.StatedFacts);
    }

    [Theory]
    [InlineData("they said hes too young, can they make me wait", "can they make me wait", "they said hes too young")]
    [InlineData("they said hes too young and can they make me wait", "can they make me wait", "they said hes too young")]
    [InlineData("he is 7 but can they make me wait", "but can they make me wait", "he is 7")]
    [InlineData("we live in Ohio and how long do they have?", "how long do they have?", "we live in Ohio")]
    [InlineData("la maestra dice que es muy chiquito, pueden hacerme esperar", "pueden hacerme esperar", "la maestra dice que es muy chiquito")]
    [InlineData("la maestra dice que es muy chiquito y pueden hacerme esperar", "pueden hacerme esperar", "la maestra dice que es muy chiquito")]
    [InlineData("tiene 7 años pero pueden hacerme esperar", "pero pueden hacerme esperar", "tiene 7 años")]
    public void QuestionAfterACommaOrAJoiningWord_Asks_TheStatementBeforeItStates(string message, string question, string statement)
    {
        var reading = Reader.Read(message, new MessageContext(ReaderInstance.Today) { Awaiting = "concernsDocumented" });
        Assert.Equal([question], reading.Questions.Select(q => q.Trim()));
        Assert.Equal([statement], reading.Statements);
    }

    [Theory]
    [InlineData("he can read, cant write")]
    [InlineData("he can read and cant write")]
    [InlineData("she is in 2nd grade and can read a little")]
    [InlineData("el puede leer y puede escribir")]
    [InlineData("tiene 8 años y tiene que repetir el año")]
    public void StatementsJoinedByAnd_AreNoQuestion(string message)
    {
        Assert.Empty(Reader.Read(message, Unprompted).Questions);
    }

    [Theory]
    [InlineData("how long does the school have to answer my request")]
    [InlineData("how long do they have to respond to my letter asking for an evaluation")]
    [InlineData("cuanto tiempo tienen para contestarme")]
    [InlineData("¿Cuánto tiempo tiene la escuela para responder mi solicitud?")]
    public void HowLongToAnswerARequest_IsTheResponseTopic_NotTheEvaluationTimeline(string message)
    {
        Assert.Equal("evaluation-response", Reader.Read(message, Unprompted).Topic);
    }

    [Fact]
    public void QuestionThenStatement_TheStatementStillStates()
    {
        var reading = Reader.Read("can they make us wait, we live in Ohio", Unprompted);
        Assert.Equal("OH", reading.Facts.State);
        Assert.Single(reading.Questions);
    }
}
