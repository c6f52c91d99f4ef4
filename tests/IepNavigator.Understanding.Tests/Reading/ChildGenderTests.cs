using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// The child's gender is read only from how the parent names their own child ("mi hija", "my son": content/details.json
/// childGender), never guessed: a pronoun, someone else's daughter or two children say nothing. Wordings in no corpus file.
/// </summary>
public sealed class ChildGenderTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("mi hija tiene 8 y todavia confunde la b con la d", ChildGenders.Female)]
    [InlineData("hola, mi niña no quiere ir a la escuela, llora todas las mañanas", ChildGenders.Female)]
    [InlineData("my daughter's 504 isnt being followed by her science teacher", ChildGenders.Female)]
    [InlineData("mi hijo tiene IEP desde kinder y no avanza", ChildGenders.Male)]
    [InlineData("my son got sent home again today", ChildGenders.Male)]
    public void TheParentsOwnDaughterOrSon_GivesTheGender(string text, string gender)
    {
        Assert.Equal(gender, Reader.Read(text, Unprompted).ChildGender);
    }

    [Theory]
    [InlineData("la maestra dice que ella es muy distraida")]
    [InlineData("no sabe leer y ya tiene 9 años")]
    [InlineData("mi hijo y mi hija los dos tienen IEP")]
    [InlineData("la hija de mi vecina tiene 504, que es eso?")]
    public void NoGender_FromAPronoun_SomeoneElsesChild_OrTwoChildren(string text)
    {
        Assert.Null(Reader.Read(text, Unprompted).ChildGender);
    }
}
