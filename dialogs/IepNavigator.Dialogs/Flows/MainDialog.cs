using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Flows;

/// <summary>
/// The conversation: find where the family is (from their own words, the three doors, or a clarifying
/// choice), note what the opening already said, ask the few facts that change the advice, then advise.
/// </summary>
public sealed class MainDialog(CaseStore cases, CaseAdvisor advisor, StageCatalog stages, StageRecognizer recognizer, StagePrecedence precedence, OpeningFacts openingFacts, FactAnswers answers, MessageCatalog messages, ReturningWelcome welcome) : WaterfallDialog(FlowIds.Main)
{
    private const string OpeningKey = "opening";
    private const string ContinueValue = "continue";
    private const string StuckValue = "stuck";
    private const string ClarifyingKey = "clarifying";
    private const string OtherValue = "other";

    /// <summary>
    /// The model's leaning that names a stage with confidence though not enough to take it alone: at least this likely,
    /// and at least <see cref="LikelyLead"/> times the next stage.
    /// </summary>
    private const float LikelyFloor = 0.5f;
    private const float LikelyLead = 3f;

    protected override IReadOnlyList<WaterfallStep> DefineSteps() => [OpenAsync, InterpretAsync, ApplyStageAsync, AdviseAsync];

    /// <summary>A stage settled within the turn (never stored, so it needs no serialization).</summary>
    private sealed record StageChosen(Stage Stage, bool Continuing = false);

    private async Task<DialogTurnResult> OpenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (step.GetOptions<MainOptions>()?.ContinueActiveCase == true && record.Stage is { } current)
        {
            return await step.NextAsync(new StageChosen(current, Continuing: true), cancellationToken).ConfigureAwait(false);
        }
        var activity = step.Dialog.Context.Activity;
        var text = activity.Type == ActivityTypes.Message ? activity.Text : null;
        var returning = text is null || ReturningWelcome.IsReturning(step.Dialog);
        if (returning && record.Stage is { } known)
        {
            // A parent whose case has a stage is never asked where they are again: welcomed back (once a turn, with what is
            // pending), then the case goes on, unless this very message says the family is somewhere else now.
            await welcome.SendOnceAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
            var moved = string.IsNullOrWhiteSpace(text) ? null : ReadStage(step.Dialog, text).Confident;
            if (moved is { } now && now != known)
            {
                step.Values[OpeningKey] = text!.Length > 1000 ? text[..1000] : text;
                return await step.NextAsync(new StageChosen(now), cancellationToken).ConfigureAwait(false);
            }
            return await step.NextAsync(new StageChosen(known, Continuing: true), cancellationToken).ConfigureAwait(false);
        }
        if (!string.IsNullOrWhiteSpace(text))
        {
            var (stage, candidates) = ReadStage(step.Dialog, text);
            step.Values[OpeningKey] = text.Length > 1000 ? text[..1000] : text;
            if (stage is { } confident)
            {
                return await step.NextAsync(new StageChosen(confident), cancellationToken).ConfigureAwait(false);
            }
            if (candidates.Count > 0 && TurnNotes.Of(step.Dialog.Context).LanguageFollowed && LikelyStage(step.Dialog) is { } likely)
            {
                // The chat has just followed the parent into their language: one question they can say yes to, in their
                // words, rather than a menu, when the message all but names the stage.
                return await ConfirmAsync(step, likely, cancellationToken).ConfigureAwait(false);
            }
            if (candidates.Count > 0)
            {
                return await ClarifyAsync(step, candidates, "where.clarify", cancellationToken).ConfigureAwait(false);
            }
        }
        return await AskWhereAsync(step, record, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> InterpretAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.GetBool(ClarifyingKey) && step.Result is PromptAnswer<string> { Value: OtherValue })
        {
            // "Something else" among the few candidates: every stage, in the catalog's order.
            return await ClarifyAsync(step, [], "where.clarify", cancellationToken, everyStage: true).ConfigureAwait(false);
        }
        if (step.Result is not PromptAnswer<string> { Value: { } text } || step.Values.GetBool(ClarifyingKey))
        {
            return await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);
        }
        var record = await cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        var door = ChoiceRecognizer.Recognize(text, DoorChoices(record), allowMultiple: false).FirstOrDefault();
        switch (door)
        {
            case ContinueValue when record.Stage is { } current:
                return await step.NextAsync(new StageChosen(current, Continuing: true), cancellationToken).ConfigureAwait(false);
            case StuckValue:
                return await ClarifyAsync(step, stages.StuckStages, "where.stuck", cancellationToken).ConfigureAwait(false);
            case { } other when other != ContinueValue && StageCatalog.Parse(other) is { } stage:
                return await step.NextAsync(new StageChosen(stage), cancellationToken).ConfigureAwait(false);
        }
        step.Values[OpeningKey] = text.Length > 1000 ? text[..1000] : text;
        var (recognized, candidates) = ReadStage(step.Dialog, text);
        return recognized is { } sure
            ? await step.NextAsync(new StageChosen(sure), cancellationToken).ConfigureAwait(false)
            : await ClarifyAsync(step, candidates, candidates.Count > 0 ? "where.clarify" : "where.unsure", cancellationToken, everyStage: candidates.Count == 0).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ApplyStageAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is StageChosen { Continuing: true })
        {
            // Picking up a case: straight to its advice; "What else?" asks more if it would help.
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var stage = step.Result switch
        {
            StageChosen chosen => chosen.Stage,
            PromptAnswer<string> { Value: { } answered } when StageCatalog.Parse(answered) is { } tapped => tapped,
            _ => Stage.Concerned,
        };
        var record = await cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (record.Stage == Stage.IepInPlace && stage != Stage.IepInPlace && !CaseFactFields.Get(FactNames.HasIep).IsKnown(record.Facts))
        {
            // A family that said the IEP is in place and now tells of a suspension or a dispute is never asked whether there is an IEP.
            record.Set(FactNames.HasIep, true);
        }
        record.SetStage(stage);
        if (step.Result is PromptAnswer<string> && stages.Find(stage) is { } tappedStage)
        {
            // The label the parent tapped says these have not happened ("I'm worried and haven't asked the school for anything yet").
            record.Apply(new CaseStatement { NotYet = tappedStage.LabelRulesOut }, overwrite: false);
        }
        record.UpdatedAt = advisor.Now;
        // A message the reader saw had its facts noted as it came (StatedFactsInterruption); the phrase reading of the
        // opening is for a turn it did not see.
        var noted = TurnMeaning.Of(step.Dialog) is null ? openingFacts.Apply(record, stage, OpeningText(step), advisor.Today) : FactChanges.None;
        if (noted.Count > 0)
        {
            var lines = answers.Describe(record).Where(l => noted.Contains(l.Fact)).Select(l => $"{l.Label}: {l.Value}");
            await step.Dialog.Context.SendActivityAsync(messages.Format("where.noted", string.Join("; ", lines)), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return await step.BeginDialogAsync(FlowIds.FactQuestions, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The parent's own words so far: the opening, plus a sentence typed instead of tapping a stage button.</summary>
    private string OpeningText(WaterfallStepContext step)
    {
        var opening = step.Values.GetString(OpeningKey) ?? "";
        var activity = step.Dialog.Context.Activity;
        if (step.Values.GetBool(ClarifyingKey) && activity.Type == ActivityTypes.Message && activity.Text is { Length: > 0 and <= 1000 } typed
            && !typed.Equals(opening, StringComparison.Ordinal)
            && !stages.Stages.Any(s => s.Label.Equals(typed.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            opening = opening + "\n" + typed;
        }
        return opening;
    }

    /// <summary>
    /// The chat waits only for where the family is: "Where are you in the process?" or its stage menu, with nothing asked
    /// before it. A message that tells of the family then opens the conversation anew (<see cref="OpenAsync"/> reads its
    /// stage and facts), instead of the question on screen being asked again as it was written.
    /// </summary>
    public static bool AsksOnlyWhere(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var frames = dc.Stack.Frames;
        return frames.Count == 2 && frames[0].Id == FlowIds.Main && frames[1].Id is DialogIds.TextPrompt or FlowIds.StagePrompt;
    }

    private Task<DialogTurnResult> AdviseAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(FlowIds.Advice, null, cancellationToken);

    private Task<DialogTurnResult> AskWhereAsync(WaterfallStepContext step, CaseRecord record, CancellationToken cancellationToken) =>
        step.PromptAsync(DialogIds.TextPrompt, new PromptOptions { Text = messages["where.question"], Choices = DoorChoices(record) }, cancellationToken);

    /// <summary>
    /// The stage this message reveals: the reader's (a trained model) when it is sure, else at most three candidates to
    /// offer; the phrase recognizer only when the message was not read (a tap on a button).
    /// </summary>
    private (Stage? Confident, IReadOnlyList<string> Candidates) ReadStage(DialogContext dc, string text)
    {
        if (TurnMeaning.Of(dc) is { } reading)
        {
            if (reading.Suspicious)
            {
                return (null, []);
            }
            if (precedence.Override(reading) is { } first)
            {
                // "He has an IEP and he was expelled": a removal told puts the family at discipline (GUIDE B2).
                return (first, []);
            }
            if (reading.Stage is not { Best: { }, Unsure: false } && RequestIsAllTold(reading.Facts))
            {
                // "Vivimos en Georgia. ¿Cuánto tiempo tiene la escuela para evaluar? Mandé la solicitud por escrito": the
                // facts come from the statements only, so a request they hold was told, whatever the message also asks.
                return (Stage.EvaluationRequested, []);
            }
            if (reading.Stage is { Best: null, Unsure: false } && reading.Intent is { Best: Intent.AskProcess or Intent.ExplainTerm, Unsure: false })
            {
                // A question reveals no stage (GUIDE B3), nor does one about someone else's child ("my nephew has adhd,
                // what can his mom do?"): the model is sure of none, so the phrase signals ("adhd") are not asked.
                return (null, []);
            }
            if (reading.Stage is { Best: null, Unsure: false } && reading.Statements.Count == 0 && reading.Questions.Count == 0)
            {
                // Nothing told about this family and nothing asked ("el hijo de mi vecina tiene IEP": every clause is about
                // someone else's child): the model is sure of no stage, and the phrase signals ("tiene IEP") are someone else's.
                return (null, []);
            }
            if (reading.Stage is { Best: { } best, Unsure: false } && !(best == Stage.Concerned && RequestStated(reading.Facts)))
            {
                return (best, []);
            }
            if (RequestIsAllTold(reading.Facts))
            {
                // "i emailed the principal on october 3 asking for testing and nothing" (the model sure of concerned: the
                // worry is in the words) is past the worry: a request told decides, as CaseRecord.Apply moves a case
                // whose request date comes later.
                // "I asked the school in writing on Nov 3 to test her ... we are in California" (the model sure of no
                // stage, or unsure): a request told with its date and nothing after it is the evaluation-requested
                // stage; the menu would only ask what the parent just said.
                return (Stage.EvaluationRequested, []);
            }
            if (reading.Facts.SchoolSuggestedWaiting == true && NothingAfterTheWorry(reading.Facts))
            {
                // "the teacher says wait and see", with nothing asked of the school yet (the fact means no request was
                // refused): the concerned stage, when the model leans there without being sure.
                return (Stage.Concerned, []);
            }
            if (reading.None.Contains(FactNames.EvaluationRequestedOn) && !RequestIsAllTold(reading.Facts) && reading.Facts.HasIep is not true
                && reading.Facts.ConsentSignedOn is null && reading.Facts.EvaluationCompletedOn is null)
            {
                // "no I haven't asked yet" at "where are you in the process?": no request yet is the concerned stage;
                // the menu again would ask what the parent just said.
                return (Stage.Concerned, []);
            }
            var candidates = reading.Stage.Candidates.Where(c => c.Value is not null)
                .Select(c => KnowledgeJson.EnumName(c.Value!.Value)).Distinct().Take(3).ToList();
            if (candidates.Count > 0)
            {
                // Two readings agreeing decide: the model leaning to a stage the phrase signals are sure of.
                var signals = recognizer.Recognize(text);
                var phrase = signals.Confident;
                if (phrase is not null && candidates.Contains(phrase))
                {
                    return (StageCatalog.Parse(phrase), []);
                }
                // A model whose first reading is no stage names its others only faintly ("my son has adhd and gets detention
                // a lot": none 0.83, concerned 0.09): the phrase signals' stages are offered after them (detention: discipline).
                return (null, reading.Stage.Best is null
                    ? [.. candidates.Concat(signals.Candidates.Select(c => c.Stage)).Distinct().Take(3)]
                    : candidates);
            }
            // The model saw no stage at all: the phrase signals may still ("They decided to expel him").
        }
        var recognition = recognizer.Recognize(text);
        return (StageCatalog.Parse(recognition.Confident), recognition.Candidates.Select(c => c.Stage).Take(3).ToList());
    }

    /// <summary>The parent told of their own request: its date, or that it went in writing (not only the school's refusal).</summary>
    /// <summary>No request and no fact of a later step: what a family that is only worried can have told.</summary>
    private static bool NothingAfterTheWorry(CaseFacts facts) =>
        facts is { EvaluationRequestedOn: null, RequestInWriting: not true, SchoolRefusedEvaluation: not true, DaysRemovedThisYear: null }
        && NoLaterStep(facts);

    private static bool RequestStated(CaseFacts facts) =>
        (facts.EvaluationRequestedOn is not null || facts.RequestInWriting == true) && RequestIsAllTold(facts);

    /// <summary>
    /// A request told with its date, sent in writing ("I sent the request in writing"), or refused by the school ("I asked
    /// the school to test him and they said he's too young"), and no fact of a later step (consent, evaluation,
    /// eligibility, IEP, discipline, dispute).
    /// </summary>
    private static bool RequestIsAllTold(CaseFacts facts) =>
        (facts.EvaluationRequestedOn is not null || facts.RequestInWriting == true || facts.SchoolRefusedEvaluation == true) && NoLaterStep(facts);

    /// <summary>No fact of a step after the request: consent, evaluation, eligibility, IEP, discipline, dispute.</summary>
    private static bool NoLaterStep(CaseFacts facts) => facts is
    {
        ConsentSignedOn: null, EvaluationCompletedOn: null, EligibilityDecidedOn: null, LastEvaluationOn: null, IepMeetingOn: null,
        LastIepReviewOn: null, DisciplineChangeOfPlacementOn: null, IeeRequestedOn: null, DisputedActionOn: null,
        PlacementChangeProposedOn: null, DueProcessFiledOn: null, HasIep: not true,
    };

    /// <summary>
    /// "Which of these is closest?": the few candidates and "Something else" (which shows every stage), or every stage
    /// when nothing was recognised (<paramref name="everyStage"/>), <paramref name="first"/> first.
    /// </summary>
    private Task<DialogTurnResult> ClarifyAsync(WaterfallStepContext step, IEnumerable<string> first, string messageKey, CancellationToken cancellationToken, bool everyStage = false)
    {
        var firstStages = first.ToList();
        var order = everyStage || firstStages.Count == 0 ? firstStages.Concat(stages.Stages.Select(s => s.Stage)).Distinct().ToList() : firstStages;
        var choices = order.Select(s => stages.Get(s)).Select(s => new ChoiceOption { Value = s.Stage, Title = s.Label }).ToList();
        if (!everyStage && firstStages.Count > 0)
        {
            choices.Add(new ChoiceOption { Value = OtherValue, Title = messages["button.somethingElse"] });
        }
        step.Values[ClarifyingKey] = true;
        return step.PromptAsync(FlowIds.StagePrompt, new PromptOptions { Text = messages[messageKey], Choices = choices }, cancellationToken);
    }

    /// <summary>
    /// "It sounds like “My child keeps getting suspended or sent home”: is that right?" with Yes (the stage: the prompt
    /// takes "yes", "sí" or a tap) and "Something else" (every stage). The message's facts were noted as it came.
    /// </summary>
    private Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, string likely, CancellationToken cancellationToken)
    {
        var stage = stages.Get(likely);
        List<ChoiceOption> choices =
        [
            new ChoiceOption { Value = stage.Stage, Title = messages["button.yes"] },
            new ChoiceOption { Value = OtherValue, Title = messages["button.somethingElse"] },
        ];
        step.Values[ClarifyingKey] = true;
        return step.PromptAsync(FlowIds.StagePrompt, new PromptOptions { Text = messages.Format("where.soundsLike", stage.Label), Choices = choices }, cancellationToken);
    }

    /// <summary>The one stage the model leans to with confidence (<see cref="LikelyFloor"/>, <see cref="LikelyLead"/>), or null.</summary>
    private static string? LikelyStage(DialogContext dc)
    {
        if (TurnMeaning.Of(dc)?.Stage is not { Best: { } best, Confidence: >= LikelyFloor } judgement)
        {
            return null;
        }
        var next = judgement.Candidates.Where(c => c.Value != best).Select(c => c.Confidence).DefaultIfEmpty(0f).Max();
        return judgement.Confidence >= LikelyLead * next ? KnowledgeJson.EnumName(best) : null;
    }

    private List<ChoiceOption> DoorChoices(CaseRecord record)
    {
        var doors = stages.Doors.Select(d => new ChoiceOption { Value = d.Stage, Title = d.Title, Synonyms = d.Synonyms }).ToList();
        if (record.Stage is not null)
        {
            doors.Insert(0, new ChoiceOption { Value = ContinueValue, Title = messages["button.continue"], Synonyms = ["continue", "carry on", "same as before"] });
        }
        return doors;
    }

}
