using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Teams;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Teams.Tests.Teams;

public sealed class GroupMessageClassifierTests
{
    private static readonly GroupMessageClassifier Classifier = new(new ExplainerCatalog(), new StageRecognizer(new StageCatalog()), new TeamsContent());

    [Theory]
    [InlineData("what's the difference between an IEP and a 504?")]
    [InlineData("what is an IEE?")]
    [InlineData("explain prior written notice")]
    public void Classify_GeneralQuestion_IsAnsweredInTheThread(string text)
    {
        var route = Classifier.Classify(text);

        Assert.Equal(GroupMessageDestination.Thread, route.Destination);
        Assert.NotNull(route.Explainer);
    }

    [Theory]
    [InlineData("my son has ADHD, what's the difference between an IEP and a 504?")]
    [InlineData("she is 7 years old and can't read yet")]
    [InlineData("Leo is in 2nd grade and keeps getting sent home")]
    [InlineData("we had the meeting on 10/2 and they refused")]
    [InlineData("the school said he doesn't qualify")]
    [InlineData("I asked for an evaluation in September and nothing happened")]
    [InlineData("can you help me with a letter to the school?")]
    [InlineData("start")]
    public void Classify_ChildDetailsOrACase_GoesToAPrivateChat(string text) =>
        Assert.Equal(GroupMessageDestination.PrivateChat, Classifier.Classify(text).Destination);

    [Theory]
    [InlineData("")]
    [InlineData("hi everyone")]
    [InlineData("thanks!")]
    public void Classify_NothingToAnswer_GetsTheIntroduction(string text) =>
        Assert.Equal(GroupMessageDestination.Introduction, Classifier.Classify(text).Destination);
}
