using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Teams;
using IepNavigator.Dialogs.Understanding;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Dialogs;

/// <summary>
/// The bot: welcomes a parent when the chat opens (conversationUpdate, or Web Chat's webchat/join
/// event) and hands every message to the <see cref="DialogRunner"/>. On Teams, <see cref="TeamsTurnRouter"/>
/// keeps channels general and moves a child's details to a 1:1 chat. Other activity types are ignored.
/// </summary>
public sealed class NavigatorBot(
    DialogRunner runner, CaseStore cases, MessageCatalog messages, TimeProvider clock,
    ExplainerCatalog explainers, StageRecognizer stages, ConversationState conversationState, ILogger<PrivateChatOpener> teamsLogger) : TeamsActivityHandler
{
    /// <summary>A parent away this long is greeted with where they left off.</summary>
    public static readonly TimeSpan ReturningAfter = TimeSpan.FromHours(12);
    private const string WebChatJoinEvent = "webchat/join";
    private readonly TeamsTurnRouter _teams = new(explainers, stages, conversationState, messages, teamsLogger);

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // Strips the @mention; on Teams answers channel questions in the thread or continues in a 1:1 chat.
        if (await _teams.HandleMessageAsync(turnContext, RunCaseTurnAsync, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        if (turnContext.Activity.Conversation?.IsGroup == true)
        {
            // Case details are private: in a group chat or channel, only point to a 1:1 chat.
            await turnContext.SendActivityAsync(messages["groupChat.private"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }
        await RunCaseTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The case conversation for one message, in this chat or in the 1:1 chat a Teams channel moved it to.</summary>
    private async Task RunCaseTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
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
        // Teams: one welcome when installed in a team; 1:1 chats are welcomed at the member's first message.
        if (await _teams.HandleMembersAddedAsync(membersAdded, turnContext, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
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
