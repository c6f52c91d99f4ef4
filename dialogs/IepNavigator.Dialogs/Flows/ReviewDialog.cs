using System.Text;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Flows;

/// <summary>
/// "What do you know about my case?": lists the facts held, a page at a time with a button per fact ("More" shows the
/// next page), and lets the parent change one. The letter details (the shared letter fields: names, school, email...)
/// follow the first page as plain text — they are what the parent typed, never Markdown — and are changed by saying the
/// new one ("my email is …"), which re-issues the last letter (Letters/). Whatever was running underneath resumes afterwards (advice is
/// recomputed, a question is asked again), also when the parent answers the pick with something else ("ok lets finish
/// the letter"): the review ends unchanged rather than asking again.
/// </summary>
public sealed class ReviewDialog(CaseStore cases, FactAnswers answers, FactPrompts prompts, StageCatalog stageCatalog, MessageCatalog messages, TimeProvider clock) : WaterfallDialog(FlowIds.Review)
{
    /// <summary>Facts per page: a phone screen of lines, and buttons a parent can still scan.</summary>
    public const int PageSize = 6;
    private const string FactKey = "fact";
    private const string DoneValue = "done";
    private const string MoreValue = "more";

    protected override IReadOnlyList<WaterfallStep> DefineSteps() => [ShowAsync, AskNewValueAsync, SaveAsync];

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var book = await cases.GetBookAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        var record = book.Active();
        var lines = answers.Describe(record);
        var page = Math.Clamp(step.GetOptions<ReviewOptions>()?.Page ?? 0, 0, Math.Max(0, lines.Count - 1) / PageSize);
        var details = page == 0 ? LetterDetails(book.LetterFieldsFor(record)) : "";
        if (details.Length > 0)
        {
            var plain = MessageFactory.Text(details);
            plain.TextFormat = TextFormatTypes.Plain;
            await step.Dialog.Context.SendActivityAsync(plain, cancellationToken).ConfigureAwait(false);
        }
        if (lines.Count == 0)
        {
            if (details.Length > 0)
            {
                // Only letter details so far: they were listed; nothing to pick.
                return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
            }
            await step.Dialog.Context.SendActivityAsync(messages["review.empty"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        // Every fact is a choice (typed by name or number, on any page); the page's facts are its buttons.
        var first = page * PageSize;
        var shown = lines.Skip(first).Take(PageSize).ToList();
        bool more = first + shown.Count < lines.Count;
        var text = new StringBuilder(page > 0
            ? messages.Format("review.continued", first + 1, first + shown.Count, lines.Count)
            : record.Label is null ? messages["review.intro"] : messages.Format("review.introFor", record.Label)).Append("\n\n");
        for (var i = 0; i < shown.Count; i++)
        {
            text.Append(first + i + 1).Append(". ").Append(shown[i].Label).Append(": **").Append(shown[i].Value).Append("**\n");
        }
        await step.Dialog.Context.SendActivityAsync(MessageFactory.Text(text.ToString().TrimEnd()), cancellationToken).ConfigureAwait(false);
        var choices = lines.Select(l => new ChoiceOption { Value = l.Fact, Title = l.Label }).ToList();
        var buttons = shown.Select(l => l.Label).ToList();
        if (more)
        {
            var moreTitle = messages["review.more"];
            choices.Add(new ChoiceOption { Value = MoreValue, Title = moreTitle, Synonyms = ["more", "next", "show more", "the rest"] });
            buttons.Add(moreTitle);
        }
        var nothing = messages["review.nothing"];
        choices.Add(new ChoiceOption { Value = DoneValue, Title = nothing, Synonyms = ["nothing", "no", "none", "done", "carry on", "its right", "all good", "looks good"] });
        buttons.Add(nothing);
        var question = messages[more ? "review.whichMore" : "review.which"];
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = question, Choices = choices, Buttons = buttons, EndWhenNotAChoice = true }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Details for your letters:" and one line per remembered field, or "" when none is known.</summary>
    private string LetterDetails(LetterFields fields)
    {
        var lines = SharedLetterFields.All
            .Select(f => (f.Name, Value: f.Read(fields)))
            .Where(f => f.Value is not null)
            .Select(f => $"- {messages["letterField." + f.Name]}: {Written(f.Value!)}")
            .ToList();
        return lines.Count == 0 ? "" : $"{messages["review.letterDetails"]}\n{string.Join("\n", lines)}\n\n{messages["review.letterDetailsHint"]}";
    }

    /// <summary>A date of birth kept as a date is shown in the chat's language; the rest as typed.</summary>
    private static string Written(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? Knowledge.Content.PlainDates.Long(date, Knowledge.Content.ContentLanguage.Current)
            : value;

    private async Task<DialogTurnResult> AskNewValueAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var fact = step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var chosen, ..] } ? chosen : DoneValue;
        if (fact == MoreValue)
        {
            var next = (step.GetOptions<ReviewOptions>()?.Page ?? 0) + 1;
            return await step.Dialog.ReplaceDialogAsync(Id, new ReviewOptions { Page = next }, cancellationToken).ConfigureAwait(false);
        }
        if (fact == DoneValue)
        {
            await step.Dialog.Context.SendActivityAsync(messages["review.unchanged"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        step.Values[FactKey] = fact;
        if (fact == FactNames.Stage)
        {
            var stages = stageCatalog.Stages.Select(s => new ChoiceOption { Value = s.Stage, Title = s.Label }).ToList();
            return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = messages["where.clarify"], Choices = stages }, cancellationToken).ConfigureAwait(false);
        }
        var record = await cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        var (promptId, options) = prompts.Build(fact, record.Stage);
        return await step.PromptAsync(promptId, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var fact = step.Values.GetString(FactKey)!;
        var record = await cases.GetActiveAsync(step.Dialog.Context, cancellationToken).ConfigureAwait(false);
        if (fact == FactNames.Stage)
        {
            if (step.Result is PromptAnswer<IReadOnlyList<string>> { Value: [var chosen, ..] } && StageCatalog.Parse(chosen) is { } stage)
            {
                record.SetStage(stage);
            }
        }
        else
        {
            answers.Record(record, fact, step.Result);
        }
        record.UpdatedAt = clock.GetUtcNow();
        await step.Dialog.Context.SendActivityAsync(messages["review.updated"], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (step.Dialog.Stack.Frames.Count == 1)
        {
            // Nothing was running underneath: show the advice for the changed case.
            return await step.Dialog.ReplaceDialogAsync(FlowIds.Advice, null, cancellationToken).ConfigureAwait(false);
        }
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Which page of the case summary to show (0: the first).</summary>
public sealed class ReviewOptions
{
    public int Page { get; set; }
}
