using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Services the plan promises and the school does not give (servicesDelivered = false, GUIDE.md E8), told as parents
/// tell it: the thing owed named once and then only by a pronoun ("no se la han dado"), an aide who is never there,
/// breaks the teacher will not let her take. Issue 17's largest family of missed facts.
/// </summary>
public sealed class ServicesFactTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("my daughter has a 504 plan but they dont give her the breaks")]
    [InlineData("the aide is never there")]
    [InlineData("my son has an IEP and a one on one aide but the aide is never there")]
    [InlineData("his iep says he gets an aide but the aide is never in the classroom")]
    [InlineData("he's supposed to get 60 minutes of resource a week but he hardly ever gets it")]
    [InlineData("her IEP says extra time on tests but the teachers don't let her have it")]
    [InlineData("they never do his speech sessions even though its in his IEP")]
    [InlineData("mi hija tiene IEP y le toca terapia de lenguaje pero no se la han dado")]
    [InlineData("su IEP dice que tiene terapia ocupacional y no se la han dado en todo el semestre")]
    [InlineData("el plan 504 dice que le den más tiempo en los exámenes pero no se lo dan")]
    [InlineData("mi hijo tiene un IEP pero no le dan sus minutos de terapia")]
    public void ServicesOwedAndNotGiven_AreNotDelivered(string text)
    {
        Assert.False(Reader.Read(text, Unprompted).Facts.ServicesDelivered);
    }

    [Theory]
    // "it" with no promise before it is anything: not understanding, an evaluation not given yet, another child.
    [InlineData("he doesn't get it, he reads the same page over and over")]
    [InlineData("we asked for an evaluation and they haven't done it yet")]
    [InlineData("no me lo han dado todavía, el reporte de la evaluación")]
    [InlineData("my friend's son has an IEP and they don't give him his speech")]
    [InlineData("is he supposed to get speech if they never give it?")]
    [InlineData("his iep says speech twice a week and he gets it every week")]
    public void WithoutAPromiseOrAboutAnotherChild_NothingIsUndelivered(string text)
    {
        Assert.NotEqual(false, Reader.Read(text, Unprompted).Facts.ServicesDelivered);
    }
}
