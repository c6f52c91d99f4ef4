using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Runtime;
using Microsoft.Bot.Builder.Teams;

namespace IepNavigator.Dialogs;

/// <summary>
/// The bot: welcomes a parent when the chat opens (conversationUpdate, or Web Chat's webchat/join
/// event) and hands every message to the <see cref="DialogRunner"/>. Other activity types are ignored.
/// </summary>
public sealed class NavigatorBot(DialogRunner runner, CaseStore cases, MessageCatalog messages, TimeProvider clock) : TeamsActivityHandler
{
    /// <summary>A parent away this long is greeted with where they left off.</summary>
    public static readonly TimeSpan ReturningAfter = TimeSpan.FromHours(12);
    private const string WebChatJoinEvent = "webchat/join";

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // In Teams channels the message starts with "<at>IEP Navigator</at>"; recognizers must not see it.
        turnContext.Activity.RemoveRecipientMention();
        if (turnContext.Activity.Conversation?.IsGroup == true)
        {
            // Case details are private: in a group chat or channel, only point to a 1:1 chat.
            await turnContext.SendActivityAsync(messages["groupChat.private"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }
        var book = await cases.GetBookAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        turnContext.TurnState[MainDialog.ReturningKey] = book.LastSeenAt is { } last && now - last > ReturningAfter;
        book.LastSeenAt = now;
        await runner.RunAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await WelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Name == WebChatJoinEvent
            ? WelcomeAsync(turnContext, cancellationToken)
            : base.OnEventActivityAsync(turnContext, cancellationToken);
    }

    /// <summary>Once per conversation: channels may send both a conversationUpdate and a join event.</summary>
    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Conversation?.IsGroup == true || await runner.IsActiveAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var book = await cases.GetBookAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (!book.Cases.Any(c => c.Stage is not null))
        {
            await turnContext.SendActivityAsync(messages["welcome"], cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        book.LastSeenAt = clock.GetUtcNow();
        await runner.StartAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }
}
