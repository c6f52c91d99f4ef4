using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Flows.Interruptions;

/// <summary>
/// "español" / "English": the chat continues in that language, and the choice is remembered for the parent.
/// A question already on screen was written in the old language (prompts keep their text): a fact question is
/// asked again in the new language; any other flow starts again from where the case stands (the next question,
/// or the advice). Nothing the parent told us is lost; a letter being drafted is left and can be asked for again.
/// </summary>
public sealed class LanguageSwitchInterruption(InterruptionPhrases phrases, CaseStore cases, MessageCatalog messages, FactPrompts factPrompts, FirstReplyWelcome firstReply) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.LanguageSwitch;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var language = phrases.Matches("switchToSpanish", text) ? ContentLanguage.Spanish
            : phrases.Matches("switchToEnglish", text) ? ContentLanguage.English
            : TurnMeaning.Means(dc, Intent.Language) ? TurnMeaning.Of(dc)?.SwitchLanguageTo
            : null;
        if (language is null)
        {
            return InterruptionOutcome.NotHandled;
        }
        var book = await cases.GetBookAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        book.Language = language;
        book.LanguageFollowed = false;
        TurnLanguage.Switch(dc.Context, language);
        // "español" as a conversation's very first message: its welcome first, in the language chosen.
        await firstReply.SendOnceAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        await dc.Context.SendActivityAsync(messages["language.switched"], cancellationToken: cancellationToken).ConfigureAwait(false);
        var active = book.Cases.FirstOrDefault(c => c.Id == book.ActiveCaseId);
        if (dc.ActiveFrame is { } frame && Prompt<object>.ReadOptions(frame.State).Tag is { } fact && factPrompts.CanAsk(fact))
        {
            var (promptId, options) = factPrompts.Build(fact, active?.Stage);
            if (promptId == frame.Id)
            {
                Prompt<object>.WriteOptions(frame.State, options);
                return InterruptionOutcome.Resume;
            }
        }
        dc.CancelAllDialogs();
        await dc.BeginDialogAsync(FlowIds.Main, active?.Stage is null ? null : new MainOptions { ContinueActiveCase = true }, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}
