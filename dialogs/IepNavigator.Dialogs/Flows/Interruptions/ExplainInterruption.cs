using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using IepNavigator.Dialogs.Runtime.Prompts;

namespace IepNavigator.Dialogs.Flows.Interruptions;

/// <summary>Questions such as "what is an IEE?" or "IEP vs 504?" get their explainer at any point, then the flow goes on.</summary>
public sealed class ExplainInterruption(ExplainerCatalog explainers) : IInterruption
{
    public int Order => 50;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (IsButtonTap(dc) || explainers.Find(dc.Context.Activity.Text) is not { } explainer)
        {
            return InterruptionOutcome.NotHandled;
        }
        var reply = MessageFactory.Text($"**{explainer.Title}**\n\n{explainer.Text}");
        reply.TextFormat = TextFormatTypes.Markdown;
        await dc.Context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }

    /// <summary>A tapped button of the current question is an answer, even if it reads like a question.</summary>
    private static bool IsButtonTap(DialogContext dc)
    {
        var frame = dc.ActiveFrame;
        if (frame is null || !frame.State.ContainsKey("options"))
        {
            return false;
        }
        var text = dc.Context.Activity.Text?.Trim();
        return Prompt<object>.ReadOptions(frame.State).Choices.Any(c => string.Equals(c.Title, text, StringComparison.OrdinalIgnoreCase));
    }
}
