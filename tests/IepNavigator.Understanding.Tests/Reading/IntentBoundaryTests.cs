using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// The intent boundaries of issue 17's thirteenth round (GUIDE.md C, C1, C2, C5, C6), on wordings in no corpus file: another
/// family's child told with no question is off-topic; a greeting with small talk only greets; a why about what the school
/// does asks about the process; a question about the assistant itself is help; a story that ends with a specific process
/// question asks it.
/// </summary>
public sealed class IntentBoundaryTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("my cousin's daughter just started speech at her new school and my cousin says she loves her therapist")]
    [InlineData("my neighbor's son got his 504 last month and she says the teachers actually follow it")]
    [InlineData("el hijo de mi vecina ya tiene su IEP y dice que le va muy bien")]
    public void AStoryOnlyAboutAnotherFamilysChild_IsOffTopic(string text)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(Intent.OffTopic, reading.Intent.Best);
        Assert.Empty(reading.StatedFacts);
    }

    [Theory]
    [InlineData("I read the psych report twice and I agree with all of it")]
    [InlineData("my friend's son has an IEP too. my son is 7 and cant read")]
    public void AStoryAboutThisFamily_IsNotOffTopic(string text)
    {
        Assert.NotEqual(Intent.OffTopic, Reader.Read(text, Unprompted).Intent.Best);
    }

    [Theory]
    [InlineData("good morning from a sleepy dad")]
    [InlineData("hey there, long week huh")]
    [InlineData("hi again, rainy day here")]
    public void AGreetingWithSmallTalk_OnlyGreets(string text)
    {
        Assert.Equal(Intent.Greeting, Reader.Read(text, Unprompted).Intent.Best);
    }

    [Theory]
    [InlineData("why do they get to skip his speech on assembly days")]
    [InlineData("how come the school can make him wait a whole year")]
    [InlineData("why does the district get to pick the evaluator")]
    [InlineData("por que la escuela no lo quiere evaluar si el doctor dice que tiene dislexia")]
    public void AWhyAboutWhatTheSchoolDoes_AsksAboutTheProcess(string text)
    {
        Assert.Equal(Intent.AskProcess, Reader.Read(text, Unprompted).Intent.Best);
    }

    [Fact]
    public void AWhyAboutTheAssistantsQuestion_StaysWhy()
    {
        Assert.Equal(Intent.Why, Reader.Read("why do you need his birthday", Unprompted).Intent.Best);
    }

    [Theory]
    [InlineData("ok so background. hes 10, autism and adhd, IEP since kinder, we're in ohio. last week the bus aide quit and now he rides without one and comes home a wreck every day. is the district required to give him a new aide on the bus")]
    [InlineData("its been a rough semester, he got 2 suspensions already and his teacher calls me every day. hes got an IEP for adhd. do they have to do a manifestation meeting before a third one")]
    public void AStoryEndingInAQuestionThatNamesATopic_AsksIt(string text)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(Intent.AskProcess, reading.Intent.Best);
        Assert.NotEmpty(reading.StatedFacts);
    }

    [Theory]
    [InlineData("does this cost money or is it free")]
    public void AQuestionAboutTheAssistant_IsHelp_WhateverTopicItsWordsName(string text)
    {
        Assert.Equal(Intent.Help, Reader.Read(text, Unprompted).Intent.Best);
    }
}
