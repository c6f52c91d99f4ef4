using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Presentation;
using IepNavigator.Knowledge.Letters;

namespace IepNavigator.Dialogs.Flows;

/// <summary>
/// Shows the advice and stays open for its buttons: "What else?" (more steps, then the questions that
/// would sharpen the advice) and "Draft the letter". Any other message starts the main flow afresh from it.
/// "Why?" is answered by <see cref="Interruptions.WhyInterruption"/> before this dialog sees it.
/// </summary>
public sealed partial class AdviceDialog(
    CaseStore cases, CaseAdvisor advisor, AdviceMessage adviceMessage, MessageCatalog messages,
    InterruptionPhrases phrases, LetterContents letterContents, ILetterCatalog letters, FactQuestionsDialog factQuestions,
    IEnumerable<Goals.IAdviceOffer> offers, Understanding.StageRecognizer stages, Understanding.StagePrecedence precedence,
    FactAnswers answers, ExplainerCatalog explainers)
    : Dialog(FlowIds.Advice)
{
    private const string ShownKey = "shown";

    /// <summary>"what should I do now" may go on a little ("... now that I sent it", "... after that"), never into a story.</summary>
    internal const int MaxWhatNextTailWords = 6;

    /// <summary>A bare answer ("no", "no he doesnt") may name what it answers in a few words ("... have one"), never more.</summary>
    private const int MaxConfirmationTailWords = 2;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var advice = Plan(record);
        record.LastStepIds = [.. advice.Steps.Select(s => s.Id)];
        dc.State[ShownKey] = Math.Min(AdviceMessage.StepsPerMessage, advice.Steps.Count);
        var reply = adviceMessage.Build(advice, 0, record.Label, AdviceViews.For(dc.Context.Activity.ChannelId), record.Facts.SchoolBreaks is { Count: > 0 });
        foreach (var offer in offers.OrderBy(o => o.Order))
        {
            // Extra buttons a feature adds for this case (the goal tracker's "Check my IEP goals").
            offer.AddTo(reply, record);
        }
        await dc.Context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = TextNormalizer.Normalize(dc.Context.Activity.Text);
        if (phrases.Matches("whatElse", text))
        {
            return await WhatElseAsync(dc, cancellationToken).ConfigureAwait(false);
        }
        var numbered = NumberedLetter().Match(text);
        if (phrases.Matches("letter", text) || numbered.Success)
        {
            var number = numbered.Success ? int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture) : (int?)null;
            return await DraftLetterAsync(dc, number, cancellationToken).ConfigureAwait(false);
        }
        if (phrases.Matches("thanks", text))
        {
            await dc.Context.SendActivityAsync(messages["advice.youreWelcome"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        return await NewTopicAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A message that is none of this dialog's buttons. Its facts were noted as it came (StatedFactsInterruption): when
    /// they change the plan, the plan is shown again; a different situation the model is sure of starts the main flow
    /// from it; anything else keeps the advice and its buttons, never the stage menu ("Texas", "I told you we're in Texas").
    /// </summary>
    private async Task<DialogTurnResult> NewTopicAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (Conversation.TurnMeaning.Of(dc) is not { } reading)
        {
            // Not read (no reader in this host): the main flow reads it from the start, as before.
            dc.CancelAllDialogs();
            return await dc.BeginDialogAsync(FlowIds.Main, null, cancellationToken).ConfigureAwait(false);
        }
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var changes = Conversation.TurnMeaning.Changes(dc);
        var confirmed = changes is { Any: true } ? null : Confirmation(reading, record, dc.Context.Activity.Text);
        // The model sure of a stage, or the phrase signals sure of one the model leans to (or where the model saw none). A
        // message that only repeats the case names no stage by its words: "nope, he doesn't have an IEP" signals an IEP.
        // The phrase signals are asked last: only when neither the precedence rule nor a sure model has decided.
        var said = precedence.Override(reading) is { } first ? first
            : reading.Stage is { Best: { } best, Unsure: false } ? best
            : confirmed is null && Understanding.StageCatalog.Parse(stages.Recognize(dc.Context.Activity.Text ?? "").Confident) is { } signalled
                && (reading.Stage.Best is null || reading.Stage.Candidates.Any(c => c.Value == signalled)) ? signalled
            : (Knowledge.Facts.Stage?)null;
        if (!reading.Suspicious && said is { } stage && stage != record.Stage)
        {
            dc.CancelAllDialogs();
            return await dc.BeginDialogAsync(FlowIds.Main, null, cancellationToken).ConfigureAwait(false);
        }
        if (changes is { PlanChanged: true })
        {
            await dc.Context.SendActivityAsync(messages["advice.updated"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.ReplaceDialogAsync(Id, null, cancellationToken).ConfigureAwait(false);
        }
        if (!reading.Suspicious && phrases.Leads("whatNext", TextNormalizer.Normalize(dc.Context.Activity.Text), MaxWhatNextTailWords))
        {
            // "what's next?", "what else should I do now that I sent it", "¿y ahora qué hago?": the plan as it stands now,
            // past any step whose letter was sent (C6 of the corpus guide: the advice itself answers it).
            await dc.Context.SendActivityAsync(messages["advice.whatNext"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.ReplaceDialogAsync(Id, null, cancellationToken).ConfigureAwait(false);
        }
        var buttons = new[] { messages["button.why"], messages["button.letter"], messages["button.whatElse"] };
        if (confirmed is not null)
        {
            // "no", "no he doesnt have one" after the advice: the parent repeats an answer the case already holds. That
            // confirms the case; it is no request to puzzle over ("I'm not sure what you'd like me to do" was the reply).
            await dc.Context.SendActivityAsync(ButtonReply.Create(confirmed, buttons, InputHints.AcceptingInput), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        if (!reading.Suspicious && changes is not { Any: true } && explainers.FindWorry(dc.Context.Activity.Text) is { } worry)
        {
            // "im scared they'll retaliate if i complain", told and not asked: the worry's answer, with the advice's
            // buttons ("I'm not sure what you'd like me to do" was the reply).
            await dc.Context.SendActivityAsync(ButtonReply.Create($"**{worry.Title}**\n\n{worry.Text}", buttons, InputHints.AcceptingInput), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        var key = changes is { Any: true } ? "advice.unchanged" : "advice.notUnderstood";
        await dc.Context.SendActivityAsync(ButtonReply.Create(messages[key], buttons, InputHints.AcceptingInput), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// The reply to a message that only repeats what the case holds, or null: facts stated that changed nothing (every one
    /// already known with that value), named back to the parent; or a bare yes/no answer (interruptions.json
    /// <c>confirms</c>) with no question and no other reading the model is sure of ("no wait" is a correction).
    /// </summary>
    private string? Confirmation(global::IepNavigator.Understanding.Reading.MessageReading reading, CaseRecord record, string? text)
    {
        if (reading.Suspicious || reading.Questions.Count > 0
            || Conversation.TurnMeaning.SureIntentOf(reading) is { } sure && sure != global::IepNavigator.Understanding.Reading.Intent.Tell)
        {
            return null;
        }
        var repeated = reading.StatedFacts.ToHashSet(StringComparer.Ordinal);
        if (repeated.Count > 0)
        {
            var lines = answers.Describe(record).Where(l => repeated.Contains(l.Fact)).Select(l => $"{l.Label}: {l.Value}").ToList();
            return lines.Count == repeated.Count ? messages.Format("advice.confirmedFacts", string.Join("; ", lines)) : null;
        }
        return reading.Unknown.Count == 0 && reading.None.Count == 0 && BareAnswer(TextNormalizer.Normalize(text))
            ? messages["advice.confirmed"] : null;
    }

    /// <summary>
    /// A confirms phrase alone ("no", "nope", "todavia no"), or one of two words or more that names its subject and goes on
    /// a little ("no he doesnt have one"): a lone "no" before other words ("no thats wrong", "no the school") is no answer.
    /// </summary>
    private bool BareAnswer(string normalized)
    {
        var words = normalized.TrimEnd('?', ' ', '.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var confirms = phrases.Phrases("confirms");
        for (var length = words.Length; length >= Math.Max(1, words.Length - MaxConfirmationTailWords); length--)
        {
            if ((length == words.Length || length >= 2) && confirms.Contains(string.Join(' ', words, 0, length)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The advice for the case, less the steps whose letter the parent has sent (the letter's facts usually move the
    /// plan on by themselves; a letter that sets none must not be asked for again). Never empty when the advice is not.
    /// </summary>
    private Knowledge.Advising.Advice Plan(CaseRecord record)
    {
        var advice = advisor.Advise(record);
        var sent = record.Ledger.Where(e => e.SentOn is not null).ToList();
        if (sent.Count == 0)
        {
            return advice;
        }
        var open = advice.Steps.Where(s => !sent.Any(e => e.StepId == s.Id || (s.Letter is not null && e.LetterId == s.Letter))).ToList();
        return open.Count == 0 || open.Count == advice.Steps.Count ? advice : advice with { Steps = open };
    }

    /// <summary>After more questions or a review: advise again on what is now known. After a letter: wait, the advice stands.</summary>
    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (result is LetterOptions)
        {
            return Task.FromResult(DialogTurnResult.Waiting);
        }
        return dc.ReplaceDialogAsync(Id, null, cancellationToken);
    }

    public override Task RepromptAsync(ITurnContext turnContext, DialogFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var buttons = new[] { messages["button.why"], messages["button.letter"], messages["button.whatElse"] };
        return turnContext.SendActivityAsync(ButtonReply.Create(messages["advice.anythingElse"], buttons, InputHints.AcceptingInput), cancellationToken);
    }

    private async Task<DialogTurnResult> WhatElseAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var advice = Plan(record);
        var shown = dc.State.GetInt(ShownKey) ?? 0;
        if (shown < advice.Steps.Count)
        {
            dc.State[ShownKey] = Math.Min(shown + AdviceMessage.StepsPerMessage, advice.Steps.Count);
            var more = adviceMessage.Build(advice, shown, record.Label, AdviceViews.For(dc.Context.Activity.ChannelId), record.Facts.SchoolBreaks is { Count: > 0 });
            foreach (var offer in offers)
            {
                offer.AddTo(more, record);
            }
            await dc.Context.SendActivityAsync(more, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        if (factQuestions.NextFact(record, []) is not null)
        {
            await dc.Context.SendActivityAsync(messages["advice.sharpen"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.BeginDialogAsync(FlowIds.FactQuestions, new FactQuestionsOptions { MaxQuestions = 2 }, cancellationToken).ConfigureAwait(false);
        }
        await dc.Context.SendActivityAsync(messages["advice.nothingMore"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// The letter of step <paramref name="number"/>, or of the first step that has one: handed to the letters
    /// flow when one is registered, otherwise what the letter must contain.
    /// </summary>
    private async Task<DialogTurnResult> DraftLetterAsync(DialogContext dc, int? number, CancellationToken cancellationToken)
    {
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var steps = Plan(record).Steps;
        var step = number is { } n ? steps.ElementAtOrDefault(n - 1) : steps.FirstOrDefault(s => s.Letter is not null);
        if (step?.Letter is not { } letterId)
        {
            await dc.Context.SendActivityAsync(messages["letter.none"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        if (dc.Dialogs.Find(FlowIds.Letter) is not null)
        {
            return await dc.BeginDialogAsync(FlowIds.Letter, new LetterOptions { LetterId = letterId, StepId = step.Id }, cancellationToken).ConfigureAwait(false);
        }
        var title = letters.Find(letterId)?.Title ?? step.Title;
        var text = new StringBuilder(messages.Format("letter.mustContain", title, step.Title)).Append("\n\n");
        foreach (var point in letterContents.For(letterId))
        {
            text.Append("- ").Append(point).Append('\n');
        }
        var reply = MessageFactory.Text(text.ToString().TrimEnd());
        reply.ChannelData = AdviceMessage.StepIdsData([step.Id]);
        await dc.Context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    [GeneratedRegex(@"^(draft|write) (the |a )?letter (for )?(step |number )?(?<n>\d{1,2})$")]
    private static partial Regex NumberedLetter();
}
