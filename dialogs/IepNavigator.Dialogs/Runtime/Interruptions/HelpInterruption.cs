using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Conversation;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Runtime.Interruptions;

/// <summary>"help": says what the assistant can do, then re-asks the question the parent was on.</summary>
public sealed class HelpInterruption(InterruptionPhrases phrases, MessageCatalog messages) : IInterruption
{
    public int Order => 10;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!phrases.Matches("help", text) && !TurnMeaning.Means(dc.Context, Intent.Help))
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.Context.SendActivityAsync(messages["help"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }
}
