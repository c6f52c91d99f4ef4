using IepNavigator.Dialogs.Understanding;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Dialogs.Teams;

/// <summary>
/// The Teams side of a turn, in the calls the bot makes. In channels and group chats the assistant
/// answers general questions in the thread and keeps nothing there: a child's details or a case go to
/// a 1:1 chat with the member who wrote (their own conversation state, their own user state). In 1:1
/// chats it greets the member's first message and lets the case conversation run as everywhere else.
/// </summary>
public sealed class TeamsTurnRouter
{
    private readonly GroupMessageClassifier _classifier;
    private readonly PrivateChatOpener _privateChats;
    private readonly TeamsSuggestedActions _suggestedActions;
    private readonly TeamsWelcome _welcome;
    private readonly TeamsContent _content;
    private readonly MessageCatalog _messages;

    /// <summary>Built from services the dialogs already register, so the bot can own one without new registrations.</summary>
    public TeamsTurnRouter(ExplainerCatalog explainers, StageRecognizer stages, State.TurnStateStore state, MessageCatalog messages, ILogger<PrivateChatOpener> logger)
    {
        _content = new TeamsContent();
        _messages = messages ?? throw new ArgumentNullException(nameof(messages));
        _classifier = new GroupMessageClassifier(explainers, stages, _content);
        _privateChats = new PrivateChatOpener(logger);
        _suggestedActions = new TeamsSuggestedActions(_content);
        _welcome = new TeamsWelcome(state, _content, messages);
    }

    public static bool IsTeams(ITurnContext turnContext) =>
        turnContext?.Activity?.ChannelId == Channels.Msteams;

    /// <summary>A channel or group chat (everyone in it reads the replies), as opposed to a 1:1 chat.</summary>
    public static bool IsGroup(ITurnContext turnContext) =>
        turnContext?.Activity?.Conversation is { } conversation
        && (conversation.IsGroup == true || conversation.ConversationType is "channel" or "groupChat");

    /// <summary>
    /// Handles a message: strips the bot's @mention; on Teams fits the replies' buttons, and in a channel
    /// or group chat answers in the thread or continues in a 1:1 chat running <paramref name="caseTurn"/>
    /// there. Returns true when the turn is done; false when the bot should run the case conversation here.
    /// </summary>
    public async Task<bool> HandleMessageAsync(ITurnContext turnContext, BotCallbackHandler caseTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(caseTurn);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return false;
        }
        if (!IsTeams(turnContext))
        {
            // Other channels keep Bot Framework's own mention removal, and their text otherwise untouched.
            turnContext.Activity.RemoveRecipientMention();
            return false;
        }
        BotMention.Remove(turnContext.Activity);
        _suggestedActions.Attach(turnContext);
        if (!IsGroup(turnContext))
        {
            await _welcome.WelcomeFirstPersonalMessageAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var route = _classifier.Classify(turnContext.Activity.Text);
        switch (route.Destination)
        {
            case GroupMessageDestination.Thread:
                var answer = MessageFactory.Text($"**{route.Explainer!.Title}**\n\n{route.Explainer.Text}");
                answer.TextFormat = TextFormatTypes.Markdown;
                await turnContext.SendActivityAsync(answer, cancellationToken).ConfigureAwait(false);
                break;
            case GroupMessageDestination.PrivateChat:
                var opened = await _privateChats.ContinueInPrivateAsync(turnContext, (personal, ct) => RunPrivateTurnAsync(personal, caseTurn, ct), cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(opened ? _content["channel.movedPrivate"] : _messages["groupChat.private"], cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            default:
                await turnContext.SendActivityAsync(_content["channel.intro"], cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
        }
        return true;
    }

    /// <summary>
    /// Handles members added on Teams: the bot's own install in a team or group chat is welcomed once;
    /// members joining later are not greeted one by one; a 1:1 install waits for the member's first message.
    /// Returns false off Teams, where the bot's own welcome applies.
    /// </summary>
    public async Task<bool> HandleMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!IsTeams(turnContext))
        {
            return false;
        }
        var botWasAdded = membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id);
        if (botWasAdded && IsGroup(turnContext))
        {
            await _welcome.WelcomeInstalledTeamAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private async Task RunPrivateTurnAsync(ITurnContext personal, BotCallbackHandler caseTurn, CancellationToken cancellationToken)
    {
        _suggestedActions.Attach(personal);
        await _welcome.MarkWelcomedAsync(personal, cancellationToken).ConfigureAwait(false);
        await personal.SendActivityAsync(_content["personal.fromChannel"], cancellationToken: cancellationToken).ConfigureAwait(false);
        await caseTurn(personal, cancellationToken).ConfigureAwait(false);
    }
}
