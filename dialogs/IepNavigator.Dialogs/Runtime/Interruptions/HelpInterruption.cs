using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Runtime.Interruptions;

/// <summary>"help": says what the assistant can do, then re-asks the question the parent was on.</summary>
public sealed class HelpInterruption(InterruptionPhrases phrases, MessageCatalog messages) : IInterruption
{
    /// <summary>As the advice reads "what should I do now that I sent it".</summary>
    private const int WhatNextTailWords = 6;

    public InterruptionOrder Order => InterruptionOrder.Help;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        // "¿y ahora qué hago?" reads to the model like help, but asks for the plan's next steps (the advice answers it);
        // "I think my son needs help with reading, hes in 2nd grade" is about the case (a fact, a stage), not the assistant.
        if (!phrases.Matches("help", text)
            && (!TurnMeaning.Means(dc, Intent.Help) || phrases.Leads("whatNext", text, WhatNextTailWords) || AboutTheCase(dc)))
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.Context.SendActivityAsync(messages["help"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }

    /// <summary>The message states a fact or reveals a stage: the parent is telling their situation.</summary>
    private static bool AboutTheCase(DialogContext dc) =>
        TurnMeaning.Of(dc) is { } reading && (reading.StatedFacts.Any() || reading.Stage.Best is not null);
}
