namespace IepNavigator.Dialogs.Flows.Interruptions;

/// <summary>
/// A message in Spanish while the chat is in English switches the chat to Spanish (unless the parent chose
/// English) and is then understood as usual: the stage recogniser and the answers know both languages. A message
/// in a language we have no content for gets an honest "English and Spanish only" and a pointer to help that
/// speaks it, then the same question again.
/// </summary>
public sealed class OtherLanguageInterruption(LanguageWords languages, CaseStore cases, MessageCatalog messages) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.OtherLanguage;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (ExpectsFreeText(dc.ActiveFrame))
        {
            // A name, a school or an address may be in any language and is data, not the parent's language choice.
            return InterruptionOutcome.NotHandled;
        }
        var raw = dc.Context.Activity.Text ?? "";
        if (ContentLanguage.Current == ContentLanguage.English && languages.LooksSpanish(raw))
        {
            var book = await cases.GetBookAsync(dc.Context, cancellationToken).ConfigureAwait(false);
            if (book.Language != ContentLanguage.English)
            {
                book.Language = ContentLanguage.Spanish;
                TurnLanguage.Switch(dc.Context, ContentLanguage.Spanish);
                await dc.Context.SendActivityAsync(messages["language.detected"], cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            return InterruptionOutcome.NotHandled;
        }
        if (!languages.LooksUnsupported(raw))
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.Context.SendActivityAsync(messages["language.englishOnly"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }

    /// <summary>A letter field, a contact detail, or a text question without buttons (a child's name).</summary>
    private static bool ExpectsFreeText(DialogFrame? frame) =>
        frame is not null
        && (frame.Id == FlowIds.Letter
            || frame.Id == Triage.TriageFlowIds.ContactPrompt
            || (frame.Id == DialogIds.TextPrompt && Prompt<object>.ReadOptions(frame.State).Choices.Count == 0));
}
