using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Triage;

/// <summary>The hand-off's endings: send, change something, don't send, and no consent.</summary>
public sealed partial class TriageDialog
{
    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var choice = step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var chosen, ..] } ? chosen : "dontSend";
        var context = step.Dialog.Context;
        if (choice == "send")
        {
            var draft = Draft(step);
            var book = await _cases.GetBookAsync(context, cancellationToken).ConfigureAwait(false);
            var request = _requests.Build(context, book, book.Active(), draft);
            var result = await _handOff.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
            var method = draft.ContactMethod ?? "email";
            var reply = !result.Stored ? _content["notSent"]
                : result.ExpectContactBy is { } by
                    ? _content.Format("sent", _content["channel." + method], ContactPrompt.Display(method, draft.ContactAddress ?? ""), DateText.Long(by))
                    : _content.Format("sentNoDate", _content["channel." + method], ContactPrompt.Display(method, draft.ContactAddress ?? ""));
            if (result.Stored && draft.Origin == TriageOrigin.Opening)
            {
                // The parent began with this request: the chat can still help while they wait.
                reply += "\n\n" + _content["sent.whileYouWait"];
            }
            await context.SendActivityAsync(reply, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await QuietEnd.FinishAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
        }
        if (choice == "change")
        {
            return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions
            {
                Text = _content["change.question"],
                Choices =
                [
                    Choice("contact", "button.changeContact", "contact"), Choice("availability", "button.changeAvailability", "availability"),
                    Choice("aboutMe", "button.changeAboutMe", "name", "language"), Choice("words", "button.changeWords", "words"),
                    Choice("case", "button.changeCase", "case", "facts"),
                ],
            }, cancellationToken).ConfigureAwait(false);
        }
        await context.SendActivityAsync(_content["notSent"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return await QuietEnd.FinishAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ChangeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        switch (step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var chosen, ..] } ? chosen : "")
        {
            case "contact":
                (draft.ContactMethod, draft.ContactAddress) = (null, null);
                break;
            case "availability":
                draft.Availability = null;
                break;
            case "aboutMe":
                (draft.ParentName, draft.ParentNameAsked, draft.PreferredLanguage, draft.LanguageAsked) = (null, false, null, false);
                (draft.ChildName, draft.ChildNameAsked) = (null, false);
                break;
            case "words":
                (draft.WordsConsent, draft.Words) = (null, null);
                break;
            case "case":
                Save(step, draft);
                return await step.BeginDialogAsync(FlowIds.Review, null, cancellationToken).ConfigureAwait(false);
        }
        return await step.Dialog.ReplaceDialogAsync(Id, draft, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After the review screen: show the packet again with the changed facts.</summary>
    private Task<DialogTurnResult> AfterReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Dialog.ReplaceDialogAsync(Id, Draft(step), cancellationToken);

    /// <summary>No consent: nothing is stored; a kind answer and the free help that needs no sharing.</summary>
    private async Task<DialogTurnResult> RefuseAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var record = await _cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var facts = record.Facts with { Today = _advisor.Today };
        var freeHelp = _handOff.FreeHelp(facts, _advisor.Advise(record).Steps);
        var text = _content["consent.refused"] + "\n\n" + _preview.FreeHelp(freeHelp);
        await dc.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
        return await QuietEnd.FinishAsync(dc, cancellationToken).ConfigureAwait(false);
    }
}
