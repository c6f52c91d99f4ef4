namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// The one check of whether a message is a button tap (issue 17: "button taps skip the model"): an Adaptive Card's
/// submit, a button of the open question (its title exactly: suggested actions post it back as the message), or one of
/// the advice's own command buttons in either language. A tap is already an answer or a command, so it is never read as
/// free text: <see cref="UnderstandMessageInterruption"/> does not call the message reader, and every piece that acts
/// on the reading (<see cref="TurnMeaning"/>) or on a question's words sees none. Decided once per turn.
/// </summary>
public sealed class ButtonTaps
{
    /// <summary>The advice's own buttons (and the main menu's): a tap is a command ("Redactar la carta" is no writing concern).</summary>
    private static readonly string[] CommandButtons = ["button.why", "button.letter", "button.whatElse", "button.continue", "button.somethingElse"];

    private readonly Lazy<HashSet<string>> _commands;
    private readonly AnswerVocabulary _vocabulary;

    public ButtonTaps(MessageCatalog messages, AnswerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(messages);
        _vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        _commands = new(() => [.. CommandButtons.SelectMany(key => ContentLanguage.Supported.Select(language => messages.In(language, key)))]);
    }

    /// <summary>True when this turn's message is a tap (kept in the turn's notes: asked by several pieces).</summary>
    public bool IsTap(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Turn.Tap ??= Decide(dc);
    }

    private bool Decide(DialogContext dc)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return false;
        }
        if (dc.Turn.CardSubmit)
        {
            return true;
        }
        var tapped = (dc.Context.Activity.Text ?? "").Trim();
        if (tapped.Length == 0)
        {
            return false;
        }
        if (_commands.Value.Contains(tapped, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        if (dc.ActiveFrame is not { } frame || !frame.State.ContainsKey("options"))
        {
            return false;
        }
        // The buttons the open question showed (Prompt.BuildQuestion): its choices or their page, "it hasn't happened", "I don't know".
        var options = Prompt<object>.ReadOptions(frame.State);
        return options.Choices.Any(c => Same(c.Title, tapped))
            || (options.Buttons?.Any(b => Same(b, tapped)) ?? false)
            || (options.NoneChoice is { } none && Same(none.Title, tapped))
            || (options.AllowUnknown && Same(_vocabulary.UnknownButton, tapped));
    }

    private static bool Same(string title, string tapped) => string.Equals(title, tapped, StringComparison.OrdinalIgnoreCase);
}
