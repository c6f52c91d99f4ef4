using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// Extra concerns cost issue 17 the most precision: an area word the parent uses about something else is no concern
/// of this child (GUIDE.md E9) — a strength, a sibling's or the parent's own condition, the whole class, an apology
/// for a long message, a relative's child named through the spouse. Each wording was written for the purpose.
/// </summary>
public sealed class ConcernPrecisionTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("he loves math and he reads every night")]
    [InlineData("he's in the gifted program for math")]
    [InlineData("his sister has ADHD but he doesn't")]
    [InlineData("our teacher said the whole class is behind in math this year")]
    [InlineData("sorry for writing so much, I'm just overwhelmed")]
    [InlineData("I struggled with reading as a kid too")]
    [InlineData("mi hija es muy buena en matemáticas y lee mucho")]
    [InlineData("su hermana tiene TDAH pero él no")]
    [InlineData("el maestro dice que todo el salón va atrasado en matemáticas")]
    [InlineData("perdón por escribir tanto")]
    [InlineData("a mi me costaba leer de niña también")]
    [InlineData("la sobrina de mi esposo tiene autismo y no habla")]
    public void AreaWordsAboutSomethingElse_AreNoConcern(string text)
    {
        var facts = Reader.Read(text, Unprompted).Facts;
        Assert.True(facts.Concerns is null || facts.Concerns.Count == 0, string.Join(",", facts.Concerns ?? []));
        Assert.Null(facts.BehaviorConcerns);
    }

    [Theory]
    // The masks cover only their own words: the child's difficulty beside them still counts.
    [InlineData("he reads every night with me but still cant sound out words", "reading")]
    [InlineData("his sister has ADHD and he can't focus either", "attention")]
    [InlineData("lee todos los dias conmigo pero no entiende lo que lee", "reading")]
    [InlineData("le encanta dibujar pero no puede leer", "reading")]
    public void TheChildsOwnDifficulty_BesideThem_StillCounts(string text, string area)
    {
        var concerns = Reader.Read(text, Unprompted).Facts.Concerns ?? [];
        Assert.Contains(concerns, c => IepNavigator.Knowledge.KnowledgeJson.EnumName(c) == area);
    }
}
