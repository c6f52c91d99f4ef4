using IepNavigator.Dialogs.Flows;

namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// "Talk to an advocate". A request already sent for this child is shown (keep or withdraw) instead of starting again.
/// Otherwise: the state's free help named first, then consent to share (what, with whom, that it can be withdrawn);
/// then only what the advocate needs and the case does not already hold — the state, the parent's name (skippable),
/// the language to speak, how and when to reach them, the child's first name (skippable), their own words (only if
/// they agree), a due-process date (disagreement only), the private payment question — then the packet as the
/// advocate would receive it, when to expect contact, and "Send it" / "Change something" / "Don't send". Nothing is
/// stored unless the parent consents and sends. Each step skips what the draft or the case already holds, so "Change
/// something" re-asks only what was cleared. Begin it through <see cref="TriageEntry"/>.
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
            EarlierRequestAsync, AskConsentAsync, AskStateAsync, AskNameAsync, AskLanguageAsync, AskContactMethodAsync, AskContactAsync,
            AskAvailabilityAsync, AskChildNameAsync, AskWordsConsentAsync, AskWordsAsync, AskDueProcessAsync, AskCanPayAsync,
            PreviewAsync, DecideAsync, ChangeAsync, AfterReviewAsync,
        ];
    }

    /// <summary>
    /// Where each step of the hand-off before issue 25 (13 steps, consent first, the state last) is now. A frame stored by
    /// that release waits on one of its prompts, and the waterfall hands the answer to the step after the stored index:
    /// mapped here, the answer reaches the step that reads it, and the conversation carries on without losing a word.
    /// </summary>
    private static readonly int[] StepsBeforeIssue25 = [1, 5, 6, 7, 9, 10, 11, 12, 2, 13, 14, 15, 16];

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        UpgradeStoredFrame(dc);
        return base.ContinueAsync(dc, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        UpgradeStoredFrame(dc);
        return base.ResumeAsync(dc, result, cancellationToken);
    }

    /// <summary>A frame of this release has looked for an earlier request before its first prompt; an older one never has.</summary>
    private static void UpgradeStoredFrame(DialogContext dc)
    {
        var values = dc.State.Object(ValuesKey);
        var draft = State.StateJson.FromNode<TriageDraft>(values[DraftKey]) ?? dc.State.Get<TriageDraft>(OptionsKey) ?? new TriageDraft();
        // "step" is WaterfallDialog's stored index of the step that is waiting.
        if (draft.CheckedEarlier || dc.State.GetInt("step") is not int stored || stored < 0 || stored >= StepsBeforeIssue25.Length)
        {
            return;
        }
        dc.State["step"] = StepsBeforeIssue25[stored];
        draft.CheckedEarlier = true;
        values[DraftKey] = State.StateJson.ToNode(draft);
    }

    /// <summary>Asking again after sending shows the request already sent for this child, rather than a second one.</summary>
    private async Task<DialogTurnResult> EarlierRequestAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (draft.CheckedEarlier)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        draft.CheckedEarlier = true;
        Save(step, draft);
        var context = step.Dialog.Context;
        var book = await _cases.GetBookAsync(context, cancellationToken).ConfigureAwait(false);
        var record = book.Active();
        var sent = await _handOff.ListAsync(HandOffRequests.OwnerOf(context), cancellationToken).ConfigureAwait(false);
        // A request without a case id predates several children: it belongs to the only case there was.
        var earlier = sent.LastOrDefault(r => r.Status != RequestStatus.Closed && (r.CaseId == record.Id || (r.CaseId is null && book.Cases.Count == 1)));
        if (earlier is null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        await context.SendActivityAsync(MessageFactory.Text(_preview.Earlier(earlier)), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions
        {
            Text = _content["earlier.question"],
            Choices = [Choice("keep", "button.keepRequest", "keep", "keep it", "ok", "fine"), Choice("withdraw", "button.withdrawRequest", "withdraw", "withdraw it", "delete it")],
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The state's free help first, then what sharing means, then the consent question.</summary>
    private async Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Dialog.Context;
        switch (step.Result)
        {
            case PromptAnswer<IReadOnlyList<string>> { Value: ["withdraw", ..] }:
                return await step.Dialog.ReplaceDialogAsync(TriageFlowIds.Withdraw, null, cancellationToken).ConfigureAwait(false);
            case PromptAnswer<IReadOnlyList<string>>:
                await context.SendActivityAsync(_content["earlier.kept"], cancellationToken: cancellationToken).ConfigureAwait(false);
                return await QuietEnd.FinishAsync(step.Dialog, cancellationToken).ConfigureAwait(false);
        }
        var draft = Draft(step);
        if (draft.Consent)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var record = await _cases.GetActiveAsync(context, cancellationToken).ConfigureAwait(false);
        var freeHelp = _handOff.FreeHelp(record.Facts with { Today = _advisor.Today }, _advisor.Advise(record).Steps);
        var intro = _content["intro.freeHelp"] + "\n\n" + _preview.FreeHelp(freeHelp, withAdvice: false) + "\n\n" + _content["consent.explain"];
        await context.SendActivityAsync(MessageFactory.Text(intro), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions
        {
            Text = _content["consent.question"],
            Choices = [Choice("yes", "button.consentYes"), Choice("no", "button.consentNo")],
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The state names the free help (PTI, P&amp;A) in the packet; asked only when the case lacks it.</summary>
    private async Task<DialogTurnResult> AskStateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
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
        var record = await _cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (record.IsAnswered(StateFact) || !_factPrompts.CanAsk(StateFact))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var (promptId, options) = _factPrompts.Build(StateFact, record.Stage);
        return await step.PromptAsync(promptId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The name to ask for, unless a letter already gave it.</summary>
    private async Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var book = await _cases.GetBookAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (step.Result is IPromptAnswerState)
        {
            _factAnswers.Record(book.Active(), StateFact, step.Result);
        }
        if (draft.ParentNameAsked || book.ParentLetterFields.ParentName is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(TriageFlowIds.DetailPrompt, new PromptOptions
        {
            Text = _content["name.question"],
            Tag = HandOffDetailPrompt.NameTag,
            Choices = [Choice("", "button.skip")],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskLanguageAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<string> name)
        {
            draft.ParentNameAsked = true;
            draft.ParentName = string.IsNullOrEmpty(name.Value) ? null : name.Value;
            Save(step, draft);
        }
        if (draft.LanguageAsked)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(TriageFlowIds.DetailPrompt, new PromptOptions
        {
            Text = _content["language.question"],
            Tag = HandOffDetailPrompt.LanguageTag,
            Choices = [Choice("en", "button.english", [.. _content.Phrases("language.en")]), Choice("es", "button.spanish", [.. _content.Phrases("language.es")]), Choice("", "button.skip")],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskContactMethodAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<string> language)
        {
            draft.LanguageAsked = true;
            draft.PreferredLanguage = string.IsNullOrEmpty(language.Value) ? null : language.Value;
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

    /// <summary>The address or number; one the parent already gave for a letter is offered as a button.</summary>
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
        var book = await _cases.GetBookAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        var known = method == "email" ? ContactPrompt.Email(book.ParentLetterFields.ParentEmail) : ContactPrompt.Phone(book.ParentLetterFields.ParentPhone);
        return await step.PromptAsync(TriageFlowIds.ContactPrompt, new PromptOptions
        {
            Text = _content["contact." + method],
            Tag = method,
            Choices = known is null ? [] : [new ChoiceOption { Value = known, Title = ContactPrompt.Display(method, known) }],
        }, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The child's first name, only when no letter gave the child's name (the queue shows it).</summary>
    private async Task<DialogTurnResult> AskChildNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<string> { Value: { } availability })
        {
            draft.Availability = availability;
            Save(step, draft);
        }
        var record = await _cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (draft.ChildNameAsked || _requests.ChildName(record) is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(TriageFlowIds.DetailPrompt, new PromptOptions
        {
            Text = _content["child.question"],
            Tag = HandOffDetailPrompt.ChildTag,
            Choices = [Choice("", "button.skip")],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskWordsConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<string> child)
        {
            draft.ChildNameAsked = true;
            draft.ChildName = string.IsNullOrEmpty(child.Value) ? null : child.Value;
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

    /// <summary>Only in a disagreement the case has no filing date for: a filed complaint starts clocks an advocate must see.</summary>
    private async Task<DialogTurnResult> AskDueProcessAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<string> { Value: { } words })
        {
            draft.Words = words;
            Save(step, draft);
        }
        var record = await _cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (draft.DueProcessAsked || record.Stage != Stage.Disagreement || record.IsAnswered(FactNames.DueProcessFiledOn))
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

    /// <summary>The payment question: it only orders the free help the parent is shown, and it never leaves the chat.</summary>
    private async Task<DialogTurnResult> AskCanPayAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<DateOnly> filed)
        {
            draft.DueProcessAsked = true;
            draft.DueProcessFiledOn = filed is { IsUnknown: false, IsNone: false } ? filed.Value : null;
            Save(step, draft);
            // A contract fact: the chat's own advice follows the complaint's clocks too.
            var record = await _cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
            _factAnswers.Record(record, FactNames.DueProcessFiledOn, filed);
        }
        if (draft.CanPay is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions
        {
            Text = _content["canPay.question"],
            Choices =
            [
                Choice("yes", "button.canPay", [.. _content.Phrases("canPay.yes")]),
                Choice("no", "button.cannotPay", [.. _content.Phrases("canPay.no")]),
                Choice("unsure", "button.unsure", [.. _content.Phrases("canPay.unsure")]),
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PreviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var canPay, ..] })
        {
            draft.CanPay = canPay;
            Save(step, draft);
        }
        var book = await _cases.GetBookAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        var record = book.Active();
        if (Unasked(book, record, draft))
        {
            // Only a frame upgraded from the release before issue 25 gets here with the state, the name or the language
            // never asked (its prompts came after them): start again from the draft, which skips all it already holds.
            return await step.Dialog.ReplaceDialogAsync(Id, draft, cancellationToken).ConfigureAwait(false);
        }
        var request = _requests.Build(step.Dialog.Context, book, record, draft);
        var preview = await _handOff.PreviewAsync(request, cancellationToken).ConfigureAwait(false);
        await step.Dialog.Context.SendActivityAsync(MessageFactory.Text(_preview.Build(record, request, preview)), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions
        {
            Text = _content["preview.question"],
            Choices = [Choice("send", "button.send", "send", "yes", "send it please"), Choice("change", "button.change", "change", "edit"), Choice("dontSend", "button.dontSend", "no", "dont send it", "do not send")],
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether a question before the contact method was passed over: the state (the free help needs it), the name, the language.</summary>
    private bool Unasked(CaseBook book, CaseRecord record, TriageDraft draft) =>
        (!record.IsAnswered(StateFact) && _factPrompts.CanAsk(StateFact))
        || (!draft.ParentNameAsked && book.ParentLetterFields.ParentName is null)
        || !draft.LanguageAsked;

    private ChoiceOption Choice(string value, string titleKey, params string[] synonyms) =>
        new() { Value = value, Title = _content[titleKey], Synonyms = [.. synonyms] };

    private static TriageDraft Draft(WaterfallStepContext step) =>
        step.Values.Get<TriageDraft>(DraftKey) ?? step.GetOptions<TriageDraft>() ?? new TriageDraft();

    private static void Save(WaterfallStepContext step, TriageDraft draft) => step.Values.Set(DraftKey, draft);
}
