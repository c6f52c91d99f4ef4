using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Conversation;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Runtime.Interruptions;

/// <summary>"help": says what the assistant can do, then re-asks the question the parent was on.</summary>
public sealed class HelpInterruption(InterruptionPhrases phrases, MessageCatalog messages) : IInterruption
{
    /// <summary>As the advice reads "what should I do now that I sent it".</summary>
    private const int WhatNextTailWords = 6;

    public int Order => 10;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        // "¿y ahora qué hago?" reads to the model like help, but asks for the plan's next steps (the advice answers it).
        if (!phrases.Matches("help", text) && (!TurnMeaning.Means(dc.Context, Intent.Help) || phrases.Leads("whatNext", text, WhatNextTailWords)))
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.Context.SendActivityAsync(messages["help"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }
}
