using IepNavigator.Dialogs.State;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// The first reply of every conversation says that this is general information, not legal advice: the join event's
/// welcome does (NavigatorBot), and a chat that opens with a message instead (plain HTTP, a Direct Line client without
/// Web Chat, a lost join) gets it before the first thing said in answer: the welcome for a new parent, one line for a
/// parent whose case is under way. It is said once the language of the turn is settled (after the language switches),
/// so a Spanish first message is welcomed in Spanish; the conversation's document remembers it was said.
/// </summary>
public sealed class FirstReplyWelcome(TurnStateStore state, MessageCatalog messages)
{
    /// <summary>At the start of a message turn: whether this conversation still owes its welcome, and which one.</summary>
    public async Task ExpectAsync(ITurnContext turnContext, bool caseUnderWay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversation = await state.ConversationAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (conversation.Welcomed || conversation.TeamsWelcomed)
        {
            return;
        }
        if (conversation.DialogStack.Frames.Count > 0)
        {
            // A conversation already under way when this flag came in: it was welcomed on its join.
            conversation.Welcomed = true;
            return;
        }
        TurnNotes.Of(turnContext).OwedWelcome = caseUnderWay ? "welcome.disclaimer" : "welcome";
    }

    /// <summary>Says the owed welcome (in the turn's language as it now stands), once; nothing when none is owed.</summary>
    public async Task SendOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var turn = TurnNotes.Of(turnContext);
        if (turn.OwedWelcome is not { } key)
        {
            return;
        }
        turn.OwedWelcome = null;
        await MarkAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(messages[key], cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conversation has been welcomed (its join event said it).</summary>
    public async Task MarkAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        (await state.ConversationAsync(turnContext, cancellationToken).ConfigureAwait(false)).Welcomed = true;
    }
}
