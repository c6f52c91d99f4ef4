using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// The topic of a side question (Corpus/GUIDE.md C5), in wordings written for these tests from the families of misses
/// `topics train` and `topics dev` listed (never corpus lines): a question that names no topic takes it from the message
/// around it; a longer phrase of a topic wins over a shorter one of another; "how long" about something named is about
/// that thing.
/// </summary>
public sealed class SideQuestionTopicTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("they sent him home early 4 times this month. is that allowed?", "discipline-rights")]
    [InlineData("lo mandan temprano a la casa casi todos los días. ¿eso se vale?", "discipline-rights")]
    [InlineData("it's been 75 days since I signed the consent and nothing. is that ok?", "evaluation-timeline")]
    public void AQuestionNamingNoTopic_TakesItFromTheMessage(string message, string topic)
    {
        Assert.Equal(topic, Reader.Read(message, Unprompted).Topic);
    }

    [Theory]
    [InlineData("no, are they supposed to?", FactNames.GoalsMeasurable, "measurable-goals")]
    [InlineData("idk. is that required?", FactNames.PriorWrittenNoticeReceived, "prior-written-notice")]
    [InlineData("no... do they have to send those", FactNames.HasProgressReports, "progress-data")]
    [InlineData("no, ¿es obligatorio?", FactNames.HasBehaviorPlan, "fba-bip")]
    [InlineData("no sé, ¿no deberían?", FactNames.ConsentSignedOn, "consent")]
    public void AQuestionReferringBackToTheBotsQuestion_AsksAboutTheAwaitedFact(string message, string awaiting, string topic)
    {
        // Found trying the bot as a parent: "no, are they supposed to?" under the measurable-goals question got "I can't
        // answer it precisely here" (topics.json awaited).
        var reading = Reader.Read(message, Unprompted with { Awaiting = awaiting });

        Assert.Equal(topic, reading.Topic);
        Assert.Equal(Intent.AskProcess, reading.Intent.Best);
        Assert.False(reading.Intent.Unsure);
    }

    [Theory]
    [InlineData("y eso es legal??", FactNames.HasProgressReports, "progress-data")]
    [InlineData("is that even legal", FactNames.GoalsMeasurable, "measurable-goals")]
    [InlineData("wait can they do that?", FactNames.HasRecords, "records-access")]
    public void AQuestionJudgingWhatWasDone_WithNoAnswer_IsNotAboutTheBotsQuestion(string message, string awaiting, string notTopic)
    {
        // Found trying the bot as a parent: "no le dan nada desde septiembre", then under "¿Recibe informes de progreso?"
        // "y eso es legal??" got the progress-data answer: the question judges what the school did, told before.
        Assert.NotEqual(notTopic, Reader.Read(message, Unprompted with { Awaiting = awaiting }).Topic);
    }

    [Theory]
    [InlineData("no. is that legal?", FactNames.ServicesDelivered, "compensatory-services")]
    [InlineData("no, ¿eso es legal?", FactNames.PriorWrittenNoticeReceived, "prior-written-notice")]
    public void AQuestionJudgingWhatWasDone_WithTheAnswer_IsAboutTheBotsQuestion(string message, string awaiting, string topic)
    {
        Assert.Equal(topic, Reader.Read(message, Unprompted with { Awaiting = awaiting }).Topic);
    }

    [Theory]
    [InlineData("pueden dejarlo sin terapia asi nomas?")]
    [InlineData("can they just stop his speech therapy like that?")]
    [InlineData("is it ok for them to leave her without services for 2 months?")]
    [InlineData("¿le pueden quitar la terapia sin avisarme?")]
    public void AQuestionAboutServicesTakenAway_IsAboutMakingThemUp(string message)
    {
        Assert.Equal("compensatory-services", Reader.Read(message, Unprompted).Topic);
    }

    [Fact]
    public void AQuestionReferringBack_WithNothingAwaited_TakesNoTopicFromIt()
    {
        Assert.NotEqual("measurable-goals", Reader.Read("are they supposed to?", Unprompted).Topic);
    }

    [Theory]
    [InlineData("how many days do they get once I sign the consent form?", "evaluation-timeline")]
    [InlineData("how long do they have to send me her records?", "records-access")]
    [InlineData("cuánto tiempo tienen para darme el expediente de mi hija?", "records-access")]
    [InlineData("how many days can they suspend her for?", "discipline-rights")]
    [InlineData("¿cuántos días lo pueden suspender?", "discipline-rights")]
    [InlineData("she qualified last week, how long do they have to write the IEP?", "iep-meeting-timeline")]
    [InlineData("ya calificó, ¿cuánto tiempo tienen para hacer el IEP?", "iep-meeting-timeline")]
    [InlineData("do I have to sign the IEP at the meeting?", "iep-meeting")]
    [InlineData("can they move him to another school while we are fighting about his placement?", "stay-put")]
    [InlineData("shouldn't they give me something in writing when they say no?", "prior-written-notice")]
    public void TheTopicTheQuestionNames_WinsOverAShorterGenericPhrase(string message, string topic)
    {
        Assert.Equal(topic, Reader.Read(message, Unprompted).Topic);
    }

    [Theory]
    [InlineData("y que hago si no esta aprendiendo nada? puedo pedir otra junta?")]
    [InlineData("she is still not reading at all. can i request another IEP meeting or do i have to wait for the annual?")]
    [InlineData("no avanza nada, se puede solicitar una reunion antes de la revision anual?")]
    public void AskingForAMeeting_IsItsOwnTopic_AndAsksTheProcessEvenWhenTheModelLeansToHelp(string message)
    {
        // "que hago" is a help word to the model (Help 0.71 on the first): a question naming a topic asks the process (GUIDE C1).
        var reading = Reader.Read(message, Unprompted);
        Assert.Equal("iep-meeting-request", reading.Topic);
        Assert.Equal(Intent.AskProcess, reading.Intent.Best);
        Assert.False(reading.Intent.Unsure);
    }

    [Theory]
    [InlineData("my son is in 2nd grade and cant read, I never asked for anything in writing, is that something I should do??", "why-in-writing")]
    [InlineData("mi hijo está en segundo y no sabe leer, nunca he pedido nada por escrito, ¿debo hacerlo?", "why-in-writing")]
    [InlineData("she's 7 and the teacher says wait and see. is that normal?", "evaluation")]
    public void AQuestionAboutWhatTheMessageTells_TakesItsTopicFromTheStatements_WhateverTheIntent(string message, string topic)
    {
        // Read as telling (the stage and facts are kept), the question still has a topic for the chat to answer on that turn.
        var reading = Reader.Read(message, Unprompted);
        Assert.Equal(topic, reading.Topic);
        Assert.NotEmpty(reading.Statements);
    }

    [Theory]
    [InlineData("my son is 8 and cant read, what do i do?")]
    [InlineData("mi hija tiene 7 y no lee, ¿qué hago?")]
    public void WhatDoIDo_IsNoQuestionAboutTheStatements(string message)
    {
        // GUIDE C6: the advice answers it; no explainer is owed.
        Assert.Null(Reader.Read(message, Unprompted).Topic);
    }

    [Theory]
    [InlineData("creo que si, la sacan 30 min al dia con la maestra de sped. oye y puedo pedir que la evaluen otra vez?")]
    [InlineData("se puede volver a evaluar? ya tiene 3 años con el mismo iep")]
    [InlineData("can i ask for her to be evaluated again?")]
    [InlineData("can I get him retested? his last testing was in 2nd grade")]
    public void EvaluatedAgain_WithAnIep_IsAReevaluation_NotTheFirstEvaluation(string message)
    {
        // Found trying the bot as a parent whose daughter has an IEP (the chat knows the stage): "puedo pedir que la evaluen otra vez?" was answered
        // with what a first evaluation is ("evaluen" is the evaluation topic's), not the reevaluation's rules.
        Assert.Equal("reevaluation", Reader.Read(message, Unprompted with { KnownStage = Stage.IepInPlace }).Topic);
    }

    [Theory]
    [InlineData("we got the letter, he's not eligible. can they test him again next year?")]
    [InlineData("dijeron que no califica. ¿puedo pedir que lo evaluen otra vez?")]
    public void TestedAgain_AfterNotEligible_IsANewEvaluation(string message)
    {
        // A child without an IEP is evaluated anew (an initial evaluation), not reevaluated.
        Assert.Equal("evaluation", Reader.Read(message, Unprompted).Topic);
    }
}
