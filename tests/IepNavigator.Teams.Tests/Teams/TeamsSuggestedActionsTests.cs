using IepNavigator.Dialogs.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Teams.Tests.Teams;

public sealed class TeamsSuggestedActionsTests
{
    private static readonly TeamsSuggestedActions Fitter = new(new TeamsContent());

    [Fact]
    public void Fit_MoreThanThreeInAOneToOneChat_KeepsTheMostImportantThreeAndMovesTheRestToACard()
    {
        var reply = WithActions("Tell me about the other steps", "What else?", "Why?", "Draft the letter", "Start over");

        Fitter.Fit(reply, isGroupConversation: false);

        Assert.Equal(["Why?", "Draft the letter", "What else?"], reply.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(["Tell me about the other steps", "Start over"], CardButtonTitles(reply));
    }

    [Fact]
    public void Fit_ALongTitle_GoesOnACardButtonEvenWithRoomForIt()
    {
        var reply = WithActions("Yes", "My child was evaluated but the school says no", "No");

        Fitter.Fit(reply, isGroupConversation: false);

        Assert.Equal(["Yes", "No"], reply.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(["My child was evaluated but the school says no"], CardButtonTitles(reply));
    }

    [Fact]
    public void Fit_ThreeShortOnes_AreLeftAsTheDialogOrderedThem()
    {
        var reply = WithActions("Sept 3", "Last week", "I don't know");

        Fitter.Fit(reply, isGroupConversation: false);

        Assert.Equal(3, reply.SuggestedActions.Actions.Count);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public void Fit_InAChannel_PutsEveryChoiceOnCardButtonsThatSendTheWordsBack()
    {
        var reply = WithActions("Why?", "What else?");

        Fitter.Fit(reply, isGroupConversation: true);

        Assert.Null(reply.SuggestedActions);
        var button = ((JObject)reply.Attachments.Single().Content).SelectTokens("$..actions[*]").First();
        Assert.Equal("Action.Submit", (string?)button["type"]);
        Assert.Equal("imBack", (string?)button.SelectToken("data.msteams.type"));
        Assert.Equal("Why?", (string?)button.SelectToken("data.msteams.value"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fit_TheAdviceCard_TakesTheButtonsTeamsCannotShow_SoEachButtonAppearsOnce(bool isGroupConversation)
    {
        var reply = WithActions("Why?", "Draft the letter", "What else?", "Talk to an advocate");
        var card = new JObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JArray() };
        reply.Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }];

        Fitter.Fit(reply, isGroupConversation);

        var suggested = reply.SuggestedActions?.Actions.Select(a => a.Title).ToList() ?? [];
        var onCard = CardButtonTitles(reply);
        Assert.Single(reply.Attachments);
        Assert.Equal(["Draft the letter", "Talk to an advocate", "What else?", "Why?"], [.. suggested.Concat(onCard).Order(StringComparer.Ordinal)]);
        Assert.Equal(isGroupConversation ? 4 : 1, onCard.Length);
    }

    private static Activity WithActions(params string[] titles) => new()
    {
        Type = ActivityTypes.Message,
        Text = "Question",
        SuggestedActions = new SuggestedActions { Actions = [.. titles.Select(t => new CardAction(ActionTypes.ImBack, t, value: t))] },
    };

    private static string[] CardButtonTitles(Activity reply) =>
        [.. reply.Attachments.Where(a => a.ContentType == "application/vnd.microsoft.card.adaptive")
            .SelectMany(a => ((JObject)a.Content).SelectTokens("$..actions[*].title")).Select(t => (string)t!)];
}
