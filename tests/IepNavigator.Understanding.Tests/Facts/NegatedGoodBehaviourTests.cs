using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// "la maestra dice q el no se porta bien" is a behaviour concern: the "se porta bien" inside it was read as a well-behaved
/// child (behaviorConcerns false) and the chat noted "Behaviour concerns: No" (found trying the bot as a Spanish-speaking
/// parent). A child said to behave well still has none.
/// </summary>
public sealed class NegatedGoodBehaviourTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("pero la maestra dice q el no se porta bien por lo de la lenguaje")]
    [InlineData("nunca se comporta bien en el salon, dice la maestra")]
    [InlineData("the teacher says he doesnt behave well in class")]
    public void GoodBehaviourDenied_IsABehaviourConcern(string text)
    {
        var facts = Reader.Read(text, Unprompted).Facts;
        Assert.NotEqual(false, facts.BehaviorConcerns);
        Assert.Contains(ConcernArea.Behavior, facts.Concerns ?? []);
    }

    [Theory]
    [InlineData("se porta bien en la escuela, el problema es la lectura")]
    [InlineData("hes very well behaved at school, the problem is math")]
    public void GoodBehaviour_IsNoBehaviourConcern(string text) =>
        Assert.False(Reader.Read(text, Unprompted).Facts.BehaviorConcerns);
}
