namespace IepNavigator.Dialogs.Runtime;

/// <summary>A message with suggested-action buttons that send their title back as the parent's answer.</summary>
public static class ButtonReply
{
    /// <summary>True when this turn's message is an Adaptive Card button's data, not typed text (<see cref="DialogRunner"/> notes it).</summary>
    public static bool IsCardSubmit(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnNotes.Find(turnContext)?.CardSubmit is true;
    }

    public static IMessageActivity Create(string text, IEnumerable<string> buttons, string inputHint = InputHints.ExpectingInput)
    {
        var reply = MessageFactory.Text(text, inputHint: inputHint);
        var actions = (buttons ?? []).Select(b => new CardAction(ActionTypes.ImBack, b, value: b)).ToList();
        if (actions.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions { Actions = actions };
        }
        return reply;
    }
}
