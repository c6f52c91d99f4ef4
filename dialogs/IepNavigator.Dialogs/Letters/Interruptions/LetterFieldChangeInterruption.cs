using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Letters.Ledger;
using IepNavigator.Letters;

namespace IepNavigator.Dialogs.Letters.Interruptions;

/// <summary>
/// "change my email to x@y.org", "his name is Tyler Carter. fix it", "quiero cambiar a quien va dirigida, es la Sra.
/// María Gómez": a letter field the message changed (applied by <see cref="StatedFactsInterruption"/>, a newer statement
/// wins) that the last drafted letter uses re-issues that letter at once — what changed, then a new preview and new
/// downloads — whatever the message's intent, so a correction never lands on the stage menu. While a letter is being
/// drafted the letters flow says what changed itself (it asks its own question again).
/// </summary>
public sealed class LetterFieldChangeInterruption(
    CaseStore cases, LetterFieldMemory memory, LetterDelivery delivery, LetterFieldLabels labels, LetterRenderer renderer,
    PaperTrail paperTrail, MessageCatalog messages, TimeProvider clock) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.LetterFieldChange;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (TurnMeaning.Changes(dc) is not { LetterFields.Count: > 0 } changes || dc.Stack.Frames.Any(f => f.Id == FlowIds.Letter)
            || AnswersTheHandOff(dc))
        {
            return InterruptionOutcome.NotHandled;
        }
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        if (record.LastDraft is not { } draft || renderer.Catalog.Find(draft.LetterId) is not { } template
            || !changes.LetterFields.Any(f => template.Fields.Any(t => t.Name == f)))
        {
            return InterruptionOutcome.NotHandled;
        }
        var language = ContentLanguage.Current;
        var fields = await memory.RecallAsync(dc.Context, record, cancellationToken).ConfigureAwait(false);
        var changed = changes.LetterFields.Select(f => $"{labels.Label(draft.LetterId, f, language)}: {LetterFieldLabels.Shown(fields.GetValueOrDefault(f))}");
        await dc.Context.SendActivityAsync(MessageFactory.Text(messages.Format("letterField.changed", string.Join("; ", changed))), cancellationToken).ConfigureAwait(false);
        await dc.Context.SendActivityAsync(messages.Format("letterField.reissued", paperTrail.TitleOf(draft.LetterId)), cancellationToken: cancellationToken).ConfigureAwait(false);

        if (record.ProgressSummary is { Length: > 0 } summary)
        {
            fields.TryAdd("progressSummary", summary);
        }
        foreach (var (name, value) in draft.Answers)
        {
            fields[name] = value;
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await delivery.SendAsync(dc.Context, draft.LetterId, fields, record.FactsForLetters with { Today = today }, today, draft, cancellationToken).ConfigureAwait(false);
        record.UpdatedAt = clock.GetUtcNow();
        // Under the advice nothing is asked, so nothing is asked again; under a question, the question.
        return dc.ActiveFrame is null || dc.ActiveFrame.Id == FlowIds.Advice ? InterruptionOutcome.Handled : InterruptionOutcome.Resume;
    }

    /// <summary>
    /// A number, address or name typed for the advocate's hand-off is its answer: the hand-off reads it, and the letter
    /// is not re-issued (that once answered a phone number for the advocate with a new letter, then asked it again).
    /// </summary>
    private static bool AnswersTheHandOff(DialogContext dc) =>
        dc.ActiveFrame?.Id is Triage.TriageFlowIds.ContactPrompt or Triage.TriageFlowIds.DetailPrompt;
}
