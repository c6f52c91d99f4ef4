using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Letters.Ledger;
using IepNavigator.Letters;
using IepNavigator.Letters.Templates;
using System.Text.Json.Nodes;
using AnswerKind = IepNavigator.Understanding.Reading.AnswerKind;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// "Draft the letter": asks only for the required fields still missing, one at a time with the template's own
/// question, remembers the shared ones for the next letter, then shows a preview and sends the downloads.
/// Each answer is checked by the field's kind first (<see cref="FieldAnswerCheck"/>): a non-answer leaves a visible
/// placeholder, a question is answered and the field asked again once, an email, phone or date must look like one;
/// what is taken is kept as typed (never normalized): it is data in the letter. The draft is kept on the case
/// (<see cref="CaseRecord.LastDraft"/>) so a correction re-issues it. Ends with a <see cref="LetterOptions"/> so the
/// advice underneath waits instead of repeating itself. A field the case's facts already answer in part (the
/// meeting's topics) is asked with a suggestion to take or replace (<see cref="LetterFieldSuggestions"/>); "what's
/// next?" at a field is answered (what is left, then the letter) and the field asked again with a Skip button.
/// </summary>
public sealed class LetterDialog(
    CaseStore cases, LetterRenderer renderer, LetterFieldMemory memory, LetterDelivery delivery, PaperTrail paperTrail,
    LetterLedgerContent content, MessageCatalog messages, LetterFieldLabels labels, AnswerVocabulary vocabulary, TimeProvider clock,
    InterruptionPhrases phrases, LetterFieldSuggestions suggestions)
    : Dialog(FlowIds.Letter)
{
    private const string LetterKey = "letterId";
    private const string StepKey = "stepId";
    private const string FollowsKey = "followsEntryId";
    private const string AnswersKey = "answers";
    private const string AskingKey = "asking";
    private const string AskedAgainKey = "askedAgain";
    private const string BlanksKey = "blanks";
    private const string SpanishKey = "inSpanish";
    private const string SuggestionKey = "suggestion";
    private const string SuggestionInEnglishKey = "suggestionInEnglish";
    private const string SuggestedInEnglishKey = "suggestedInEnglish";
    /// <summary>"ok fine. whats next" or "what's next, i'm lost": a few words may follow the question (as WhatNextInterruption).</summary>
    private const int WhatNextTailWords = 3;
    /// <summary>"you tell me, you said it was due nov 2": the deferral may go on with what the parent remembers of it.</summary>
    private const int DeferralTailWords = 8;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var order = options as LetterOptions ?? new LetterOptions();
        var letterId = order.LetterId;
        if (!renderer.Catalog.Contains(letterId))
        {
            await dc.Context.SendActivityAsync(content["letter.unknown"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(new LetterOptions { LetterId = letterId }, cancellationToken).ConfigureAwait(false);
        }
        dc.State[LetterKey] = letterId;
        dc.State[StepKey] = order.StepId;
        dc.State[FollowsKey] = order.FollowsEntryId;
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        dc.State[AnswersKey] = FollowUpAnswers(record, letterId, order.FollowsEntryId);
        KeepLastDraftsAnswers(dc, record, letterId, order.FollowsEntryId);

        var missing = await MissingAsync(dc, record, cancellationToken).ConfigureAwait(false);
        var title = paperTrail.TitleOf(letterId);
        await dc.Context.SendActivityAsync(
            content.Format(missing.Count switch { 0 => "letter.introReady", 1 => "letter.introOne", _ => "letter.intro" }, title, missing.Count),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (missing.Count > 0 && ContentLanguage.Current != ContentLanguage.English)
        {
            // Answers go into the English letter for the school exactly as typed; say so before the first question.
            await dc.Context.SendActivityAsync(content["letter.answersAsTyped"], cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return await AskOrFinishAsync(dc, record, missing, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Something ran on top of the letter ("what do you know about my case", a side flow): the letter goes on where it
    /// was, asking its next missing field (a detail changed meanwhile counts). The default would end the letter unsent.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var missing = await MissingAsync(dc, record, cancellationToken).ConfigureAwait(false);
        return await AskOrFinishAsync(dc, record, missing, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var asking = dc.State.GetString(AskingKey);
        var answer = dc.Context.Activity.Text?.Trim();
        if (asking is not null)
        {
            if (string.IsNullOrEmpty(answer))
            {
                await dc.Context.SendActivityAsync(content.Format("letter.emptyAnswer", QuestionOf(dc, asking)), cancellationToken: cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
            }
            if (TurnMeaning.Changes(dc) is { LetterFields.Count: > 0 } changes && !changes.LetterFields.Contains(asking)
                && AwaitedReplies.For(dc, asking) is not { Kind: AnswerKind.Value })
            {
                // "his name is Tyler Carter. fix it" while the school is asked: another field, changed; this one asked again,
                // unless the message also answers it: "no tengo email, mejor mi teléfono 559-555-0142" at the email question
                // notes the phone and leaves the email blank (it was asked again).
                var known = await memory.RecallAsync(dc.Context, record, cancellationToken).ConfigureAwait(false);
                await dc.Context.SendActivityAsync(ChangedNote(dc, changes.LetterFields, known), cancellationToken: cancellationToken).ConfigureAwait(false);
                if (AwaitedReplies.For(dc, asking) is not { Kind: AnswerKind.Unknown or AnswerKind.None })
                {
                    return await AskAgainAsync(dc, asking, null, cancellationToken).ConfigureAwait(false);
                }
            }
            if (ContentLanguage.Supported.Any(language => string.Equals(answer, messages.In(language, "button.letter"), StringComparison.OrdinalIgnoreCase)))
            {
                // The advice's "Draft the letter" button, tapped again (or typed) at "What is your child's full name?": a
                // tap skips the reader, and it went into the letter as the child's name (found trying the bot as a parent).
                return await AskAgainAsync(dc, asking, "letterField.drafting", cancellationToken).ConfigureAwait(false);
            }
            if (dc.State.GetString(SuggestionKey) is { } suggested
                && (ContentLanguage.Supported.Any(language => string.Equals(answer, messages.In(language, "button.useSuggestion"), StringComparison.OrdinalIgnoreCase))
                    || phrases.Leads("deferToAssistant", TextNormalizer.Normalize(answer), DeferralTailWords)))
            {
                // "Use this" (or "you tell me, you said it was due nov 2", which went into the letter as typed): the
                // suggestion written from the case's facts: English in the school's letter, the chat's language in the parent's copy.
                dc.State.Remove(AskedAgainKey);
                await TakeSuggestionAsync(dc, record, asking, suggested, cancellationToken).ConfigureAwait(false);
                var rest = await MissingAsync(dc, record, cancellationToken).ConfigureAwait(false);
                return await AskOrFinishAsync(dc, record, rest, cancellationToken).ConfigureAwait(false);
            }
            if (phrases.Leads("deferToAssistant", TextNormalizer.Normalize(answer), DeferralTailWords) && AwaitedReplies.For(dc, asking) is not { Kind: AnswerKind.Value })
            {
                // "you tell me" where the case holds nothing to suggest: not a value for the letter, and not a "skip".
                dc.State[AskedAgainKey] = asking;
                return await AskAgainAsync(dc, asking, "letterField.deferred", cancellationToken).ConfigureAwait(false);
            }
            if (TurnMeaning.Of(dc) is not { Suspicious: true } && phrases.Leads("whatNext", TextNormalizer.Normalize(answer), WhatNextTailWords)
                && AwaitedReplies.For(dc, asking) is not { Kind: AnswerKind.Value })
            {
                // "ok fine. whats next" was taken as "skip" (a non-answer): it asks what comes next, so that is answered.
                return await WhatNextAsync(dc, record, asking, cancellationToken).ConfigureAwait(false);
            }
            var verdict = FieldAnswerCheck.Judge(dc, asking, answer, dc.State.GetString(AskedAgainKey) == asking, vocabulary);
            dc.State.Remove(AskedAgainKey);
            switch (verdict.Kind)
            {
                case FieldVerdictKind.AskAgain:
                    dc.State[AskedAgainKey] = asking;
                    return await AskAgainAsync(dc, asking, verdict.Reason, cancellationToken).ConfigureAwait(false);
                case FieldVerdictKind.Blank:
                    dc.State.Object(BlanksKey)[asking] = true;
                    dc.State.Object(AnswersKey).Remove(asking);
                    await dc.Context.SendActivityAsync(
                        messages.Format(verdict.Reason ?? "letterField.leftBlank", labels.Placeholder(dc.State.GetString(LetterKey)!, asking, ContentLanguage.Current)),
                        cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await TakeAsync(dc, record, asking, AsDateIfDateField(asking, verdict.Value ?? answer), verdict.InSpanish, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        var missing = await MissingAsync(dc, record, cancellationToken).ConfigureAwait(false);
        return await AskOrFinishAsync(dc, record, missing, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A taken suggestion: its English in the letter; in a Spanish chat, the Spanish the parent read for their copy.</summary>
    private async Task TakeSuggestionAsync(DialogContext dc, CaseRecord record, string asking, string shown, CancellationToken cancellationToken)
    {
        var forLetter = dc.State.GetString(SuggestionInEnglishKey) ?? shown;
        await TakeAsync(dc, record, asking, forLetter, inSpanish: false, cancellationToken).ConfigureAwait(false);
        if (forLetter != shown)
        {
            dc.State.Object(SpanishKey)[asking] = shown;
            dc.State.Object(SuggestedInEnglishKey)[asking] = forLetter;
        }
    }

    /// <summary>Puts <paramref name="answer"/> in the letter: a shared field is remembered for the next letter, a letter's own kept on this one.</summary>
    private async Task TakeAsync(DialogContext dc, CaseRecord record, string asking, string answer, bool inSpanish, CancellationToken cancellationToken)
    {
        dc.State.Object(BlanksKey).Remove(asking);
        dc.State.Object(SuggestedInEnglishKey).Remove(asking);
        dc.State.Object(SpanishKey).Remove(asking);
        if (inSpanish)
        {
            dc.State.Object(SpanishKey)[asking] = answer;
        }
        if (!await memory.RememberAsync(dc.Context, record, asking, answer, cancellationToken).ConfigureAwait(false))
        {
            dc.State.Object(AnswersKey)[asking] = answer;
        }
    }

    /// <summary>
    /// "what's next?" at a field: what is still needed after this one (or that it is the last), then the letter to
    /// download; the field is asked again with a Skip button, so a parent who has no answer sees how to go on.
    /// </summary>
    private async Task<DialogTurnResult> WhatNextAsync(DialogContext dc, CaseRecord record, string asking, CancellationToken cancellationToken)
    {
        var letterId = dc.State.GetString(LetterKey)!;
        var after = (await MissingAsync(dc, record, cancellationToken).ConfigureAwait(false))
            .Where(f => f.Name != asking).Select(f => labels.Label(letterId, f.Name, ContentLanguage.Current)).ToList();
        await dc.Context.SendActivityAsync(
            after.Count == 0 ? messages["letterField.whatNextLast"] : messages.Format("letterField.whatNext", string.Join(", ", after)),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return await AskAsync(dc, QuestionOf(dc, asking), withSkip: true, offer: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The field's question, last (what the parent answers). With a suggestion held for the field: the suggestion before
    /// it when <paramref name="offer"/>, and "Use this" and Skip buttons on it; else a Skip button when
    /// <paramref name="withSkip"/>.
    /// </summary>
    private async Task<DialogTurnResult> AskAsync(DialogContext dc, string question, bool withSkip, bool offer, CancellationToken cancellationToken)
    {
        IMessageActivity ask;
        if (dc.State.GetString(SuggestionKey) is { } suggested)
        {
            if (offer)
            {
                await dc.Context.SendActivityAsync(messages.Format("letterSuggestion.offer", suggested), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            ask = ButtonReply.Create(question, [messages["button.useSuggestion"], messages["button.skip"]]);
        }
        else
        {
            ask = withSkip ? ButtonReply.Create(question, [messages["button.skip"]]) : MessageFactory.Text(question, inputHint: InputHints.ExpectingInput);
        }
        await dc.Context.SendActivityAsync(ask, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>The reason (why we ask, or "that isn't an email") and the field's question again, in one message.</summary>
    private async Task<DialogTurnResult> AskAgainAsync(DialogContext dc, string asking, string? reason, CancellationToken cancellationToken)
    {
        var letterId = dc.State.GetString(LetterKey)!;
        var question = QuestionOf(dc, asking);
        var text = reason switch
        {
            null => question,
            "letterField.why" => messages.Format(reason, labels.Placeholder(letterId, asking, ContentLanguage.Current)) + " " + question,
            _ => messages.Format(reason, labels.Label(letterId, asking, ContentLanguage.Current)) + " " + question,
        };
        // After a question answered ("do I have to sign it?"), the field with its Skip button: the answer says it can stay blank.
        return await AskAsync(dc, text, withSkip: reason == "letterField.why", offer: false, cancellationToken).ConfigureAwait(false);
    }

    private string ChangedNote(DialogContext dc, IEnumerable<string> fields, Dictionary<string, string?> known) =>
        messages.Format("letterField.changed", string.Join("; ", fields.Select(f => $"{labels.Label(dc.State.GetString(LetterKey)!, f, ContentLanguage.Current)}: {LetterFieldLabels.Shown(known.GetValueOrDefault(f))}")));

    /// <summary>
    /// A date of birth the parent wrote in either language ("4 de marzo de 2016", "March 4, 2016", "3/4/2016") is kept
    /// as a date, so each letter writes it in its own language; anything else (or a date without a year) stays as typed.
    /// </summary>
    private string AsDateIfDateField(string field, string answer)
    {
        if (field != LetterFieldNames.ChildDateOfBirth || !System.Text.RegularExpressions.Regex.IsMatch(answer, @"\b(19|20)\d\d\b"))
        {
            return answer;
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return NaturalDateParser.Parse(answer, today) is { } date && date.Date.Year is >= 1990 && date.Date <= today
            ? PlainDate.Write(date.Date)
            : answer;
    }

    /// <summary>The letter field being asked (e.g. "parentEmail"), so the next message is read as its answer.</summary>
    public override string? Awaiting(DialogFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.State.GetString(AskingKey);
    }

    public override Task RepromptAsync(ITurnContext turnContext, DialogFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.State.GetString(AskingKey) is not { } asking)
        {
            return Task.CompletedTask;
        }
        // Asked again after something answered on top of it ("how long do they have to answer this?" at a field): with
        // its Skip button (and "Use this" by a suggestion), so a parent without the answer sees how to go on.
        var question = QuestionOf(frame.State, asking);
        return turnContext.SendActivityAsync(
            ButtonReply.Create(question, frame.State.GetString(SuggestionKey) is null ? [messages["button.skip"]] : [messages["button.useSuggestion"], messages["button.skip"]]),
            cancellationToken);
    }

    private async Task<DialogTurnResult> AskOrFinishAsync(DialogContext dc, CaseRecord record, IReadOnlyList<LetterField> missing, CancellationToken cancellationToken)
    {
        if (missing.Count > 0)
        {
            dc.State[AskingKey] = missing[0].Name;
            if (suggestions.For(missing[0].Name, record.FactsForLetters, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)) is { } suggestion)
            {
                dc.State[SuggestionKey] = suggestion.Shown;
                dc.State[SuggestionInEnglishKey] = suggestion.ForLetter;
            }
            else
            {
                dc.State.Remove(SuggestionKey);
                dc.State.Remove(SuggestionInEnglishKey);
            }
            return await AskAsync(dc, missing[0].Question, withSkip: false, offer: true, cancellationToken).ConfigureAwait(false);
        }
        var letterId = dc.State.GetString(LetterKey)!;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var fields = await FieldsAsync(dc, record, cancellationToken).ConfigureAwait(false);
        var facts = record.FactsForLetters with { Today = today };
        var draft = new LetterDraft
        {
            LetterId = letterId,
            StepId = dc.State.GetString(StepKey),
            FollowsEntryId = dc.State.GetString(FollowsKey),
            Answers = Strings(dc.State.Object(AnswersKey)),
            Blanks = [.. dc.State.Object(BlanksKey).Select(p => p.Key)],
            InSpanish = Strings(dc.State.Object(SpanishKey)),
            SuggestedInEnglish = Strings(dc.State.Object(SuggestedInEnglishKey)),
        };
        record.LastDraft = draft;
        await delivery.SendAsync(dc.Context, letterId, fields, facts, today, draft, cancellationToken).ConfigureAwait(false);
        paperTrail.Drafted(record, letterId, dc.State.GetString(StepKey), dc.State.GetString(FollowsKey), today);
        record.UpdatedAt = clock.GetUtcNow();
        return await dc.EndDialogAsync(new LetterOptions { LetterId = letterId, StepId = dc.State.GetString(StepKey) ?? "" }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The required fields still to ask: neither known nor left blank by the parent.</summary>
    private async Task<IReadOnlyList<LetterField>> MissingAsync(DialogContext dc, CaseRecord record, CancellationToken cancellationToken)
    {
        var blanks = dc.State.Object(BlanksKey);
        return [.. renderer.FindMissingFields(dc.State.GetString(LetterKey)!, await FieldsAsync(dc, record, cancellationToken).ConfigureAwait(false))
            .Where(f => !blanks.ContainsKey(f.Name))];
    }

    private static Dictionary<string, string> Strings(JsonObject values)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var typed))
            {
                strings[name] = typed;
            }
        }
        return strings;
    }

    /// <summary>Remembered fields, overlaid with this letter's own answers.</summary>
    private async Task<Dictionary<string, string?>> FieldsAsync(DialogContext dc, CaseRecord record, CancellationToken cancellationToken)
    {
        var fields = await memory.RecallAsync(dc.Context, record, cancellationToken).ConfigureAwait(false);
        // The goal tracker's numbers, for the letters that quote them (progress data, IEP meeting).
        if (record.ProgressSummary is { Length: > 0 } summary)
        {
            fields.TryAdd("progressSummary", summary);
        }
        if (dc.State[AnswersKey] is JsonObject answers)
        {
            foreach (var (name, value) in answers)
            {
                fields[name] = value is JsonValue text && text.TryGetValue<string>(out var typed) ? typed : null;
            }
        }
        return fields;
    }

    /// <summary>A follow-up letter's own fields written from the ledger entry it follows (dates and title).</summary>
    private JsonObject FollowUpAnswers(CaseRecord record, string letterId, string? followsEntryId)
    {
        var answers = new JsonObject();
        var followed = record.Ledger.FirstOrDefault(e => e.Id == followsEntryId);
        var declared = renderer.Catalog.Find(letterId)?.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        if (followed is null)
        {
            return answers;
        }
        // The sentence is written for the school, so it is English in every chat (title and dates too): a field
        // value goes into the English letter and the parent's copy alike.
        var title = renderer.Catalog.Find(followed.LetterId, ContentLanguage.English)?.Title ?? followed.LetterId;
        foreach (var (name, format) in content.FollowUpFields.Where(f => declared.Contains(f.Key)))
        {
            answers[name] = string.Format(System.Globalization.CultureInfo.InvariantCulture, format,
                title, EnglishDate(followed.SentOn), EnglishDate(followed.DueOn));
        }
        return answers;
    }

    /// <summary>
    /// The same letter drafted again ("draft the letter again"): what the parent answered for it last time stands (the
    /// evaluation they disagree with, the concern's details) and is not asked twice; a field to change is changed by
    /// saying so ("change the date to …"). A field left blank last time is asked again: the parent may have it now.
    /// </summary>
    private static void KeepLastDraftsAnswers(DialogContext dc, CaseRecord record, string letterId, string? followsEntryId)
    {
        if (record.LastDraft is not { } last || last.LetterId != letterId || last.FollowsEntryId != followsEntryId)
        {
            return;
        }
        var answers = dc.State.Object(AnswersKey);
        foreach (var (name, value) in last.Answers.Where(a => !answers.ContainsKey(a.Key)))
        {
            answers[name] = value;
        }
        var inSpanish = dc.State.Object(SpanishKey);
        foreach (var (name, value) in last.InSpanish.Where(a => answers.ContainsKey(a.Key)))
        {
            inSpanish[name] = value;
        }
        var suggested = dc.State.Object(SuggestedInEnglishKey);
        foreach (var (name, value) in last.SuggestedInEnglish.Where(a => answers.ContainsKey(a.Key)))
        {
            suggested[name] = value;
        }
    }

    /// <summary>"November 26, 2026" for a ledger date, empty when there is none.</summary>
    private static string EnglishDate(DateOnly? date) =>
        date is { } day ? PlainDates.Long(day, ContentLanguage.English) : "";

    private string QuestionOf(DialogContext dc, string field) => QuestionOf(dc.State, field);

    private string QuestionOf(JsonObject state, string field) =>
        renderer.Catalog.Find(state.GetString(LetterKey) ?? "")?.Fields.FirstOrDefault(f => f.Name == field)?.Question ?? field;
}
