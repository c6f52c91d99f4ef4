using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Presentation;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Presentation;

/// <summary>
/// The advice is shown once per reply, in the channel's view: a card (numbered 1, 2, 3 in a column of its own) under a
/// one-line intro where cards render, numbered text elsewhere; the buttons once, as suggested actions. Every cited rule
/// links to its official text (issue 19), in the text and in the card.
/// </summary>
public sealed class AdviceMessageTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly CaseFacts Removed = new() { Stage = Stage.Discipline, HasIep = true, ConsecutiveDaysRemoved = 12, DaysRemovedThisYear = 12 };

    private static Advice Advise(CaseFacts facts) => new Advisor().Advise(facts, Today);

    [Fact]
    public void Build_TextView_LinksEachRuleInTheText()
    {
        var reply = new AdviceMessage(new MessageCatalog()).Build(Advise(Removed), 0, null, AdviceView.Text);

        Assert.Contains("[34 CFR 300.530(e)](https://www.ecfr.gov/current/title-34/section-300.530#p-300.530(e))", reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public void Build_CardView_LinksEachRuleInTheCard()
    {
        var reply = new AdviceMessage(new MessageCatalog()).Build(Advise(Removed), 0, null, AdviceView.Card);

        var card = (JObject)reply.Attachments.Single().Content;
        var rule = card.SelectTokens("$..facts[?(@.title == 'Rule')].value").Select(t => (string)t!).First();
        Assert.StartsWith("[34 CFR 300.530(e)](https://www.ecfr.gov/", rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("msteams")]
    [InlineData("emulator")]
    public void For_ChannelsThatRenderCards_GetTheCard(string channelId) =>
        Assert.Equal(AdviceView.Card, AdviceViews.For(channelId));

    [Theory]
    [InlineData("test")]
    [InlineData("curl")]
    [InlineData("sms")]
    [InlineData(null)]
    public void For_OtherChannels_GetText(string? channelId) =>
        Assert.Equal(AdviceView.Text, AdviceViews.For(channelId));

    [Fact]
    public void Build_CardView_ShowsEachStepOnceNumberedInItsOwnColumn_UnderAOneLineIntro()
    {
        var advice = Advise(Removed);
        var reply = new AdviceMessage(new MessageCatalog()).Build(advice, 0, null, AdviceView.Card);

        var shown = advice.Steps.Take(AdviceMessage.StepsPerMessage).ToList();
        var rows = ((JObject)reply.Attachments.Single().Content)["body"]!.Where(b => (string?)b["type"] == "ColumnSet").ToList();
        Assert.Equal(shown.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            // A bare number: "2. Title" in one TextBlock is a one-item Markdown list, which Web Chat renders as "1.".
            Assert.Equal($"{i + 1}", (string?)rows[i].SelectToken("columns[0].items[0].text"));
            Assert.Equal(shown[i].Title, (string?)rows[i].SelectToken("columns[1].items[0].text"));
        }
        Assert.All(shown, s => Assert.DoesNotContain(s.Title, reply.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(advice.Disclaimer, reply.Text, StringComparison.Ordinal);
        Assert.Contains(advice.Disclaimer, reply.Attachments.Single().Content.ToString()!, StringComparison.Ordinal);
        Assert.Equal(shown.Select(s => s.Id), ((JObject)reply.ChannelData)["iepNavigator"]!["stepIds"]!.Values<string>());
        Assert.Equal("card", (string?)((JObject)reply.ChannelData)["iepNavigator"]!["view"]);
    }

    [Fact]
    public void Build_CardViewOfLaterSteps_NumbersOnFromWhereTheFirstMessageStopped()
    {
        var advice = Advise(Removed);
        Assert.True(advice.Steps.Count > AdviceMessage.StepsPerMessage, "this case needs more than one message of steps");

        var reply = new AdviceMessage(new MessageCatalog()).Build(advice, AdviceMessage.StepsPerMessage, null, AdviceView.Card);

        var first = ((JObject)reply.Attachments.Single().Content).SelectTokens("body[?(@.type == 'ColumnSet')].columns[0].items[0].text").First();
        Assert.Equal($"{AdviceMessage.StepsPerMessage + 1}", (string?)first);
    }

    [Theory]
    [InlineData(AdviceView.Card)]
    [InlineData(AdviceView.Text)]
    public void Build_EitherView_HasItsButtonsOnce_AsSuggestedActionsOnly(AdviceView view)
    {
        var reply = new AdviceMessage(new MessageCatalog()).Build(Advise(Removed), 0, null, view);

        var titles = reply.SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Contains("Why?", titles);
        Assert.Equal(titles.Distinct().Count(), titles.Count);
        Assert.All(reply.Attachments ?? [], a => Assert.Empty(((JObject)a.Content).SelectTokens("$..actions[*]")));
    }
}
