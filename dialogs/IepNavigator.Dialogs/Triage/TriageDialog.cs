using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// "Talk to an advocate": consent to share (what, with whom, that it can be withdrawn), how and when to reach the
/// parent, their own words (only if they agree), then the packet as the advocate would receive it and
/// "Send it" / "Change something" / "Don't send". Nothing is stored unless the parent consents and sends.
/// Each step skips what the draft already holds, so "Change something" re-asks only what was cleared.
/// </summary>
public sealed partial class TriageDialog : WaterfallDialog
{
    private const string DraftKey = "draft";
    private const string StateFact = FactNames.State;
    private readonly CaseStore _cases;
    private readonly CaseAdvisor _advisor;
    private readonly IAdvocateHandOff _handOff;
    private readonly HandOffRequests _requests;
    private readonly PacketPreviewText _preview;
    private readonly TriageChatContent _content;
    private readonly FactPrompts _factPrompts;
    private readonly FactAnswers _factAnswers;

    public TriageDialog(
        CaseStore cases, CaseAdvisor advisor, IAdvocateHandOff handOff, HandOffRequests requests, PacketPreviewText preview,
        TriageChatContent content, FactPrompts factPrompts, FactAnswers factAnswers)
        : base(TriageFlowIds.Triage, [])
    {
        _cases = cases;
        _advisor = advisor;
        _handOff = handOff;
        _requests = requests;
        _preview = preview;
        _content = content;
        _factPrompts = factPrompts;
        _factAnswers = factAnswers;
        Steps =
        [
            AskConsentAsync, AskContactMethodAsync, AskContactAsync, AskAvailabilityAsync, AskWordsConsentAsync,
            AskWordsAsync, AskDueProcessAsync, AskCanPayAsync, AskStateAsync, PreviewAsync, DecideAsync, ChangeAsync, AfterReviewAsync,
        ];
    }

    private async Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (draft.Consent)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        await step.Dialog.Context.SendActivityAsync(_content["consent.explain"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions
        {
            Text = _content["consent.question"],
            Choices = [Choice("yes", "button.consentYes"), Choice("no", "button.consentNo")],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskContactMethodAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<bool> consent)
        {
            if (consent.Value != true)
            {
                return await RefuseAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
            }
            draft.Consent = true;
            Save(step, draft);
        }
        if (draft.ContactMethod is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions
        {
            Text = _content["contact.method"],
            Choices = [Choice("email", "button.email", "e-mail", "mail"), Choice("phone", "button.phone", "phone", "call", "call me"), Choice("text", "button.text", "text", "sms", "text me")],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskContactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var chosen, ..] })
        {
            draft.ContactMethod = chosen;
            Save(step, draft);
        }
        if (draft.ContactAddress is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var method = draft.ContactMethod ?? "email";
        return await step.PromptAsync(TriageFlowIds.ContactPrompt, new PromptOptions { Text = _content["contact." + method], Tag = method }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskAvailabilityAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<string> { Value: { } address })
        {
            draft.ContactAddress = address;
            Save(step, draft);
        }
        if (draft.Availability is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DialogIds.TextPrompt, new PromptOptions
        {
            Text = _content["availability.question"],
            Choices = [Choice("any", "button.anyTime")],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskWordsConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<string> { Value: { } availability })
        {
            draft.Availability = availability;
            Save(step, draft);
        }
        if (draft.WordsConsent is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions
        {
            Text = _content["words.question"],
            Choices = [Choice("yes", "button.wordsYes"), Choice("no", "button.wordsNo", "skip", "skip this")],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskWordsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<bool> wordsConsent)
        {
            draft.WordsConsent = wordsConsent.Value;
            Save(step, draft);
        }
        if (draft.WordsConsent != true || draft.Words is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DialogIds.TextPrompt, new PromptOptions { Text = _content["words.prompt"] }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Only in a disagreement: a filed due-process complaint starts timelines an advocate must see.</summary>
    private async Task<DialogTurnResult> AskDueProcessAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<string> { Value: { } words })
        {
            draft.Words = words;
            Save(step, draft);
        }
        var record = await _cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (draft.DueProcessAsked || record.Stage != Stage.Disagreement)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DialogIds.DatePrompt, new PromptOptions
        {
            Text = _content["dueProcess.question"],
            AllowUnknown = true,
            NoneChoice = Choice("none", "button.noComplaint", "no", "none", "not filed"),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskCanPayAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<DateOnly> filed)
        {
            draft.DueProcessAsked = true;
            draft.DueProcessFiledOn = filed is { IsUnknown: false, IsNone: false } ? filed.Value : null;
            Save(step, draft);
        }
        if (draft.CanPay is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions
        {
            Text = _content["canPay.question"],
            Choices = [Choice("yes", "button.canPay", "yes", "i can"), Choice("no", "button.cannotPay", "no", "i cant", "i cannot"), Choice("unsure", "button.unsure", "not sure", "unsure", "skip")],
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The state names the free help (PTI, P&amp;A) in the packet; asked only when the case lacks it.</summary>
    private async Task<DialogTurnResult> AskStateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var canPay, ..] })
        {
            draft.CanPay = canPay;
            Save(step, draft);
        }
        var record = await _cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (record.IsAnswered(StateFact) || !_factPrompts.CanAsk(StateFact))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var (promptId, options) = _factPrompts.Build(StateFact, record.Stage);
        return await step.PromptAsync(promptId, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PreviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var record = await _cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (step.Result is IPromptAnswerState)
        {
            _factAnswers.Record(record, StateFact, step.Result);
        }
        var request = _requests.Build(step.Dialog.Context, record, draft);
        var preview = await _handOff.PreviewAsync(request, cancellationToken).ConfigureAwait(false);
        await step.Dialog.Context.SendActivityAsync(MessageFactory.Text(_preview.Build(record, request, preview)), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions
        {
            Text = _content["preview.question"],
            Choices = [Choice("send", "button.send", "send", "yes", "send it please"), Choice("change", "button.change", "change", "edit"), Choice("dontSend", "button.dontSend", "no", "dont send it", "do not send")],
        }, cancellationToken).ConfigureAwait(false);
    }

    private ChoiceOption Choice(string value, string titleKey, params string[] synonyms) =>
        new() { Value = value, Title = _content[titleKey], Synonyms = [.. synonyms] };

    private static TriageDraft Draft(WaterfallStepContext step) =>
        step.Values.Get<TriageDraft>(DraftKey) ?? step.GetOptions<TriageDraft>() ?? new TriageDraft();

    private static void Save(WaterfallStepContext step, TriageDraft draft) => step.Values.Set(DraftKey, draft);
}
