using System.Text.Json.Nodes;

namespace IepNavigator.Dialogs.Flows;

/// <summary>
/// Asks only what changes the advice: the advisor's missing facts, most decisive first, one at a time,
/// skipping facts already answered "I don't know" and stopping after a few questions.
/// </summary>
public sealed class FactQuestionsDialog(
    CaseStore cases, CaseAdvisor advisor, FactPrompts prompts, FactAnswers answers, Content.FactQuestionCatalog questions, Content.MessageCatalog messages)
    : Dialog(FlowIds.FactQuestions)
{
    private const string AskingKey = "asking";
    private const string AskedKey = "asked";
    private const string MaxKey = "max";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.State[MaxKey] = (options as FactQuestionsOptions)?.MaxQuestions ?? questions.MaxQuestionsBeforeAdvice;
        dc.State[AskedKey] = new JsonArray();
        return AskNextAsync(dc, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.State.GetString(AskingKey) is { } fact && result is Runtime.Prompts.IPromptAnswerState)
        {
            var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
            var changes = answers.Record(record, fact, result);
            record.UpdatedAt = advisor.Now;
            dc.State.Remove(AskingKey);
            if (changes.Contains(FactNames.Stage) && record.Stage is { } moved)
            {
                // The answer moved the case ("I haven't asked yet" at evaluation-requested): say where it is now.
                await dc.Context.SendActivityAsync(messages.Format("where.moved", answers.StageLabel(moved)), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        return await AskNextAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next fact worth asking now, or null when advice should come first.</summary>
    public string? NextFact(CaseRecord record, IReadOnlyCollection<string> alreadyAsked)
    {
        ArgumentNullException.ThrowIfNull(record);
        return advisor.Advise(record).MissingFacts
            .FirstOrDefault(f => f != FactNames.Stage && prompts.CanAsk(f) && !record.IsAnswered(f) && !alreadyAsked.Contains(f));
    }

    /// <summary>
    /// The facts this dialog (its <paramref name="frame"/>) still means to ask before the advice: the one being asked,
    /// then the next missing ones up to its limit ("what's next?" in the middle of the questions is answered with them).
    /// </summary>
    public IReadOnlyList<string> StillToAsk(DialogFrame frame, CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(record);
        var asked = frame.State[AskedKey] is JsonArray list
            ? list.Select(a => a is JsonValue name && name.TryGetValue<string>(out var text) ? text : null).OfType<string>().ToList()
            : [];
        var pending = frame.State.GetString(AskingKey);
        var left = new List<string>();
        if (pending is not null)
        {
            left.Add(pending);
        }
        var more = Math.Max(0, (frame.State.GetInt(MaxKey) ?? 0) - asked.Count);
        for (var i = 0; i < more && NextFact(record, [.. asked, .. left]) is { } next; i++)
        {
            left.Add(next);
        }
        return left;
    }

    private async Task<DialogTurnResult> AskNextAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.State[AskedKey] is not JsonArray asked)
        {
            dc.State[AskedKey] = asked = [];
        }
        if (asked.Count >= (dc.State.GetInt(MaxKey) ?? 0))
        {
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var fact = NextFact(record, [.. asked.Select(a => a is JsonValue name && name.TryGetValue<string>(out var text) ? text : null).OfType<string>()]);
        if (fact is null)
        {
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        dc.State[AskingKey] = fact;
        asked.Add(fact);
        var (promptId, options) = prompts.Build(fact, record.Stage);
        return await dc.BeginDialogAsync(promptId, options, cancellationToken).ConfigureAwait(false);
    }
}
