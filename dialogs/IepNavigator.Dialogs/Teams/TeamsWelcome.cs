using IepNavigator.Dialogs.Content;

namespace IepNavigator.Dialogs.Teams;

/// <summary>
/// Welcomes once per conversation: in a team when the app is installed (not for every member who joins
/// later), and in a 1:1 chat when the member first writes. The flag lives in conversation state, so a
/// redelivered install event or a second message is not welcomed again.
/// </summary>
public sealed class TeamsWelcome(ConversationState conversationState, TeamsContent content, MessageCatalog messages)
{
    private readonly IStatePropertyAccessor<bool> _welcomed = conversationState.CreateProperty<bool>("teamsWelcomed");

    /// <summary>The team (or group chat) greeting, posted and saved at once: no dialog runs in these conversations.</summary>
    public async Task WelcomeInstalledTeamAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await _welcomed.GetAsync(turnContext, () => false, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        await turnContext.SendActivityAsync(content["team.installed"], cancellationToken: cancellationToken).ConfigureAwait(false);
        await _welcomed.SetAsync(turnContext, true, cancellationToken).ConfigureAwait(false);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Greets a member at their first message in the 1:1 chat. The flag is saved with the rest of the
    /// conversation state by the dialog runner at the end of the turn.
    /// </summary>
    public async Task WelcomeFirstPersonalMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await MarkWelcomedAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(messages["welcome"], cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records the 1:1 chat as greeted; true when it was not before.</summary>
    public async Task<bool> MarkWelcomedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await _welcomed.GetAsync(turnContext, () => false, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        await _welcomed.SetAsync(turnContext, true, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
