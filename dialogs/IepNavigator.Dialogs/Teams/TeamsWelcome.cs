using IepNavigator.Dialogs.State;

namespace IepNavigator.Dialogs.Teams;

/// <summary>
/// Welcomes once per conversation: in a team when the app is installed (not for every member who joins
/// later), and in a 1:1 chat when the member first writes. The flag lives in the conversation's document, saved with
/// the turn, so a redelivered install event or a second message is not welcomed again.
/// </summary>
public sealed class TeamsWelcome(TurnStateStore state, TeamsContent content, MessageCatalog messages)
{
    /// <summary>The team (or group chat) greeting: no dialog runs in these conversations, only this flag.</summary>
    public async Task WelcomeInstalledTeamAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await MarkWelcomedAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(content["team.installed"], cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Greets a member at their first message in the 1:1 chat.</summary>
    public async Task WelcomeFirstPersonalMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await MarkWelcomedAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(messages["welcome"], cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records the conversation as greeted; true when it was not before.</summary>
    public async Task<bool> MarkWelcomedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversation = await state.ConversationAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (conversation.TeamsWelcomed)
        {
            return false;
        }
        conversation.TeamsWelcomed = true;
        return true;
    }
}
