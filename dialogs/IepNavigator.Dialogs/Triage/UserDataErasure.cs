namespace IepNavigator.Dialogs.Triage;

/// <summary>Whose data a confirmed "delete my data" removes: the user on this channel and the 1:1 conversation it was
/// said in; <see cref="SaidAt"/> is the confirming message's timestamp (what the channel logged up to then goes).</summary>
public sealed record UserDataErasureRequest(string ChannelId, string UserId, string ConversationId, DateTimeOffset? SaidAt);

/// <summary>
/// The hand-over from the chat to the host's erasers. The chat marks the turn once the parent's yes has deleted the
/// cases (see <see cref="DeleteDataWithdrawal"/>); the host reads the mark after the turn, when the turn's own state
/// has been saved, and removes the user's rows everywhere else (state, reminders, the Direct Line log).
/// </summary>
public static class UserDataErasure
{
    private const string TurnStateKey = "iepNavigator.userDataErasure";

    /// <summary>Marks this turn: delete everything of its user once the turn is over.</summary>
    public static void Request(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.From?.Id) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return;
        }

        turnContext.TurnState[TurnStateKey] = new UserDataErasureRequest(activity.ChannelId ?? "", activity.From.Id, activity.Conversation.Id, activity.Timestamp);
    }

    /// <summary>The request this turn made, or null.</summary>
    public static UserDataErasureRequest? Requested(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<UserDataErasureRequest>(TurnStateKey);
    }
}
