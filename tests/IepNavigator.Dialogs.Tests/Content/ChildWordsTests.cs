using IepNavigator.Dialogs.Content;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Tests.Content;

/// <summary>Spanish replies name the child as the parent did (content/es/child-words.json); English ones say "your child".</summary>
public sealed class ChildWordsTests
{
    private static readonly ChildWords Words = new();

    [Fact]
    public void ADaughter_IsSuHija_InEveryFormTheRepliesUse()
    {
        var reply = "¿Cuántos años tiene su hijo? Para que los datos de su hijo(a) sigan privados. **Sobre su hijo o hija:** Su hijo tiene derecho. Sus hijos no cambian.";

        var said = Words.Apply(reply, "es", ChildGenders.Female);

        Assert.Equal("¿Cuántos años tiene su hija? Para que los datos de su hija sigan privados. **Sobre su hija:** Su hija tiene derecho. Sus hijos no cambian.", said);
    }

    [Fact]
    public void ASon_OrNoGender_LeavesTheReplyAsWritten()
    {
        var reply = "Los datos de su hijo(a). **Sobre su hijo o hija:** su hijo";

        Assert.Equal(reply, Words.Apply(reply, "es", ChildGenders.Male));
        Assert.Equal(reply, Words.Apply(reply, "es", null));
        Assert.Equal("What is your child's name?", Words.Apply("What is your child's name?", "en", ChildGenders.Female));
    }
}
