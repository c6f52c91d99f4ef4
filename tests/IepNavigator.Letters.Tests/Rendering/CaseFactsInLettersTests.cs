using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Letters.Tests.Rendering;

/// <summary>Facts come from the case: a known fact adds its sentence, an unknown or zero one leaves none.</summary>
public sealed class CaseFactsInLettersTests
{
    [Fact]
    public void IeeFollowUp_KnownRequestDate_IsWrittenOut()
    {
        var text = Render("iee-follow-up", TestLetters.Facts);

        Assert.Contains("On October 1, 2026 I asked in writing for an independent educational evaluation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IeeFollowUp_UnknownRequestDate_StillReadsAsASentence()
    {
        var text = Render("iee-follow-up", new CaseFacts());

        Assert.Contains("I asked earlier in writing for an independent educational evaluation", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(null, false)]
    [InlineData(12, true)]
    public void FbaRequest_MentionsRemovalsOnlyWhenThereWereSome(int? days, bool mentioned)
    {
        var text = Render("fba-request", TestLetters.Facts with { DaysRemovedThisYear = days });

        Assert.Equal(mentioned, text.Contains("removed from class or school for", StringComparison.Ordinal));
    }

    [Fact]
    public void ConcernsLog_WithoutConcernAreas_DoesNotAskAboutTheseAreas()
    {
        // A discipline case may reach the concerns log with no areas chosen: "these areas" would point at nothing.
        var without = Render("concerns-log", TestLetters.Facts with { Concerns = [] });
        var with = Render("concerns-log", TestLetters.Facts with { Concerns = [ConcernArea.Reading] });

        Assert.DoesNotContain("in these areas", without, StringComparison.Ordinal);
        Assert.Contains("observed about these concerns", without, StringComparison.Ordinal);
        Assert.Contains("observed in these areas", with, StringComparison.Ordinal);
    }

    [Fact]
    public void Section504_AfterAnIdeaRefusal_SaysSo()
    {
        var text = Render("section-504-request", TestLetters.Facts with { Stage = Stage.NotEligible });

        Assert.Contains("not eligible for special education under IDEA", text, StringComparison.Ordinal);
    }

    private static string Render(string id, CaseFacts facts) =>
        TestLetters.Renderer.RenderText(id, TestLetters.FullFields(id), facts, TestLetters.Today).Value!;
}
