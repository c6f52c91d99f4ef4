using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Flows.Interruptions;

/// <summary>
/// A message clearly in the other language than the chat's (Spanish on an English page, English on a Spanish one) switches
/// the chat to it, unless the parent chose the chat's language, and is then understood as usual: the stage recogniser and
/// the answers know both languages. Spanglish is neither and keeps the chat's language. The switch is remembered ("English" / "español"
/// still choose). A question already on screen was written in the old language: a fact
/// question is asked again in the new one, and "where are you in the process?" is opened anew from this message, so every
/// reply of the turn is in one language. A language the chat followed (not one the parent named) follows the parent
/// back as well: a clear message in the first language again switches back; "ok", "si", a name or Spanglish never do. A message in a language we have no content for gets an honest "English and
/// Spanish only" and a pointer to help that speaks it, then the same question again.
/// </summary>
public sealed class OtherLanguageInterruption(LanguageReader languages, CaseStore cases, MessageCatalog messages, FactPrompts factPrompts) : IInterruption
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
        if (languages.ClearlyWrittenIn(raw) is { } written && written != ContentLanguage.Current)
        {
            var book = await cases.GetBookAsync(dc.Context, cancellationToken).ConfigureAwait(false);
            // A language the parent named is kept; the channel's, or one the chat followed, follows the parent's writing.
            if (book.Language is null || book.LanguageFollowed)
            {
                book.Language = written;
                book.LanguageFollowed = true;
                TurnNotes.Of(dc.Context).LanguageFollowed = true;
                TurnLanguage.Switch(dc.Context, written);
                await dc.Context.SendActivityAsync(messages["language.detected"], cancellationToken: cancellationToken).ConfigureAwait(false);
                AskAgainInTheNewLanguage(dc, book);
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

    /// <summary>The question on screen, written in the old language, made again in the turn's new one.</summary>
    private void AskAgainInTheNewLanguage(DialogContext dc, CaseBook book)
    {
        if (MainDialog.AsksOnlyWhere(dc))
        {
            // Nothing asked yet but where the family is: the message opens the conversation, read in the new language.
            dc.CancelAllDialogs();
            return;
        }
        if (dc.ActiveFrame is { } frame && Prompt<object>.ReadOptions(frame.State).Tag is { } fact && factPrompts.CanAsk(fact))
        {
            var active = book.Cases.FirstOrDefault(c => c.Id == book.ActiveCaseId);
            var (promptId, options) = factPrompts.Build(fact, active?.Stage);
            if (promptId == frame.Id)
            {
                Prompt<object>.WriteOptions(frame.State, options);
            }
        }
    }

    /// <summary>A letter field, a contact detail, or a text question without buttons (a child's name).</summary>
    private static bool ExpectsFreeText(DialogFrame? frame) =>
        frame is not null
        && (frame.Id == FlowIds.Letter
            || frame.Id == Triage.TriageFlowIds.ContactPrompt
            || (frame.Id == DialogIds.TextPrompt && Prompt<object>.ReadOptions(frame.State).Choices.Count == 0));
}
