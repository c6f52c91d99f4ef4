using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Runtime;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Teams.Tests.Hosting;

/// <summary>Reads what the host stored, through the bot's own state classes, for a member in a conversation.</summary>
public static class StoredState
{
    public static async Task<CaseBook> CaseBookAsync(this TeamsHostFactory host, string memberId, string conversationId)
    {
        using var turn = TurnFor(memberId, conversationId);
        return await host.Services.GetRequiredService<CaseStore>().GetBookAsync(turn, CancellationToken.None);
    }

    /// <summary>True when a dialog waits in that conversation (its shared conversation state holds a stack).</summary>
    public static async Task<bool> HasActiveDialogAsync(this TeamsHostFactory host, string memberId, string conversationId)
    {
        using var turn = TurnFor(memberId, conversationId);
        return await host.Services.GetRequiredService<DialogRunner>().IsActiveAsync(turn, CancellationToken.None);
    }

    private static TurnContext TurnFor(string memberId, string conversationId) =>
        new(new TestAdapter(Channels.Msteams), new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = Channels.Msteams,
            From = new ChannelAccount(memberId),
            Recipient = new ChannelAccount(Fakes.TeamsActivities.BotId),
            Conversation = new ConversationAccount(id: conversationId),
        });
}
