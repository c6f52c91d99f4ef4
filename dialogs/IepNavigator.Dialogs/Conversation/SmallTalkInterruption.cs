using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// "thanks", "hi again", "what's the weather like": a short reply in kind, then the open question again. A greeting
/// with nothing open is left to the main flow (it welcomes and asks where the family is).
/// </summary>
public sealed class SmallTalkInterruption(MessageCatalog messages, Understanding.StageRecognizer stages, Runtime.Interruptions.InterruptionPhrases phrases) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.SmallTalk;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var intent = TurnMeaning.SureIntent(dc);
        if (intent == Intent.Greeting && dc.Turn.Returning)
        {
            // "hi, I'm back": the main flow welcomes a returning parent with where they left off.
            return InterruptionOutcome.Restart;
        }
        var key = intent switch
        {
            Intent.Thanks => "smallTalk.thanks",
            Intent.Greeting when dc.ActiveFrame is not null => "smallTalk.greeting",
            // Under an open question, an odd answer is the question's to judge ("call me maybe" for a phone number).
            Intent.OffTopic when (dc.ActiveFrame is null || dc.ActiveFrame.Id == Flows.FlowIds.Advice) && TurnMeaning.Changes(dc) is not { Any: true } && !AboutTheCase(dc) && !AsksForThePlan(text) => "smallTalk.offTopic",
            _ => null,
        };
        if (key is null)
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.Context.SendActivityAsync(messages[key], cancellationToken: cancellationToken).ConfigureAwait(false);
        // Under the advice nothing is asked, so nothing is asked again; under a question, the question.
        return dc.ActiveFrame is null || dc.ActiveFrame.Id == Flows.FlowIds.Advice ? InterruptionOutcome.Handled : InterruptionOutcome.Resume;
    }

    /// <summary>
    /// "go back to my plan", "what else": the advice's own words, whatever the intent model leans to (a retrain once read
    /// "go back to my plan" as off-topic). The advice answers them. The runner passes the text already normalized.
    /// </summary>
    private bool AsksForThePlan(string text) =>
        phrases.Leads("whatNext", text, Flows.AdviceDialog.MaxWhatNextTailWords) || phrases.Matches("whatElse", text);

    /// <summary>
    /// A message with a stage (the model's, or the stage phrases') or a fact in it is about the case, whatever the intent
    /// model says of it: "my daughter was suspended" is never off-topic. Asked only of an off-topic reading: the phrase
    /// signals cost a pass over every stage's phrases, which most turns need not pay.
    /// </summary>
    private bool AboutTheCase(DialogContext dc) =>
        TurnMeaning.Of(dc) is { } reading
        && (reading.Stage.Best is not null || reading.StatedFacts.Any() || stages.Recognize(dc.Context.Activity.Text ?? "").Confident is not null);
}
