using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Letters.Ledger;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Knowledge.Content;
using IepNavigator.Letters;
using IepNavigator.Letters.Templates;
using System.Text.Json.Nodes;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// "Draft the letter": asks only for the required fields still missing, one at a time with the template's own
/// question, remembers the shared ones for the next letter, then shows a preview and sends the downloads.
/// Answers are kept exactly as typed (never normalized): they are data in the letter. Ends with a
/// <see cref="LetterOptions"/> so the advice underneath waits instead of repeating itself.
/// </summary>
public sealed class LetterDialog(
    CaseStore cases, LetterRenderer renderer, LetterFieldMemory memory, LetterDelivery delivery, PaperTrail paperTrail,
    LetterLedgerContent content, TimeProvider clock)
    : Dialog(FlowIds.Letter)
{
    private const string LetterKey = "letterId";
    private const string StepKey = "stepId";
    private const string FollowsKey = "followsEntryId";
    private const string AnswersKey = "answers";
    private const string AskingKey = "asking";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var order = options as LetterOptions ?? new LetterOptions();
        var letterId = order.LetterId;
        if (!renderer.Catalogue.Contains(letterId))
        {
            await dc.Context.SendActivityAsync(content["letter.unknown"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(new LetterOptions { LetterId = letterId }, cancellationToken).ConfigureAwait(false);
        }
        dc.State[LetterKey] = letterId;
        dc.State[StepKey] = order.StepId;
        dc.State[FollowsKey] = order.FollowsEntryId;
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        dc.State[AnswersKey] = FollowUpAnswers(record, letterId, order.FollowsEntryId);

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
            answer = AsDateIfDateField(asking, answer);
            if (!await memory.RememberAsync(dc.Context, record, asking, answer, cancellationToken).ConfigureAwait(false))
            {
                dc.State.Object(AnswersKey)[asking] = answer;
            }
        }
        var missing = await MissingAsync(dc, record, cancellationToken).ConfigureAwait(false);
        return await AskOrFinishAsync(dc, record, missing, cancellationToken).ConfigureAwait(false);
    }

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
        return frame.State.GetString(AskingKey) is { } asking
            ? turnContext.SendActivityAsync(MessageFactory.Text(QuestionOf(frame.State, asking), inputHint: InputHints.ExpectingInput), cancellationToken)
            : Task.CompletedTask;
    }

    private async Task<DialogTurnResult> AskOrFinishAsync(DialogContext dc, CaseRecord record, IReadOnlyList<LetterField> missing, CancellationToken cancellationToken)
    {
        if (missing.Count > 0)
        {
            dc.State[AskingKey] = missing[0].Name;
            await dc.Context.SendActivityAsync(MessageFactory.Text(missing[0].Question, inputHint: InputHints.ExpectingInput), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        var letterId = dc.State.GetString(LetterKey)!;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var fields = await FieldsAsync(dc, record, cancellationToken).ConfigureAwait(false);
        var facts = record.Facts with { Today = today };
        await delivery.SendAsync(dc.Context, letterId, fields, facts, today, cancellationToken).ConfigureAwait(false);
        paperTrail.Drafted(record, letterId, dc.State.GetString(StepKey), dc.State.GetString(FollowsKey), today);
        record.UpdatedAt = clock.GetUtcNow();
        return await dc.EndDialogAsync(new LetterOptions { LetterId = letterId, StepId = dc.State.GetString(StepKey) ?? "" }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<LetterField>> MissingAsync(DialogContext dc, CaseRecord record, CancellationToken cancellationToken) =>
        renderer.FindMissingFields(dc.State.GetString(LetterKey)!, await FieldsAsync(dc, record, cancellationToken).ConfigureAwait(false));

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
        var declared = renderer.Catalogue.Find(letterId)?.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        if (followed is null)
        {
            return answers;
        }
        // The sentence is written for the school, so it is English in every chat (title and dates too): a field
        // value goes into the English letter and the parent's copy alike.
        var title = renderer.Catalogue.Find(followed.LetterId, ContentLanguage.English)?.Title ?? followed.LetterId;
        foreach (var (name, format) in content.FollowUpFields.Where(f => declared.Contains(f.Key)))
        {
            answers[name] = string.Format(System.Globalization.CultureInfo.InvariantCulture, format,
                title, EnglishDate(followed.SentOn), EnglishDate(followed.DueOn));
        }
        return answers;
    }

    /// <summary>"November 26, 2026" for a ledger date, empty when there is none.</summary>
    private static string EnglishDate(DateOnly? date) =>
        date is { } day ? PlainDates.Long(day, ContentLanguage.English) : "";

    private string QuestionOf(DialogContext dc, string field) => QuestionOf(dc.State, field);

    private string QuestionOf(JsonObject state, string field) =>
        renderer.Catalogue.Find(state.GetString(LetterKey) ?? "")?.Fields.FirstOrDefault(f => f.Name == field)?.Question ?? field;
}
