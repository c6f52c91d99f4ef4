using System.Globalization;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>
/// A date in natural forms. A future date where a past one is meant is questioned ("did you mean ...?")
/// and never returned as is; a yes takes the suggested date, a no or another date continues the question.
/// </summary>
public sealed class DatePrompt(PromptServices services) : Prompt<DateOnly>(DialogIds.DatePrompt, services)
{
    private const string PendingKey = "suggested";

    protected override bool AwaitsFollowUp(DialogContext dc) => dc?.State.ContainsKey(PendingKey) == true;

    /// <summary>"No, I asked on Sept 3" is a date, not a none.</summary>
    protected override bool IsNoneAnswer(string text, ChoiceOption none) =>
        base.IsNoneAnswer(text, none) && NaturalDateParser.Parse(text, Services.Today) is null;

    /// <summary>A date the reader found; one in the future where a past one is meant goes to the recognizer, which questions it.</summary>
    protected override bool TryTake(object? value, PromptOptions options, out DateOnly result)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (value is DateOnly date && !(options.Direction == DateDirection.Past && date > Services.Today))
        {
            result = date;
            return true;
        }
        result = default;
        return false;
    }

    protected override async Task<PromptRecognition<DateOnly>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var today = Services.Today;
        var suggested = dc.State.GetString(PendingKey);
        dc.State.Remove(PendingKey);
        // "they had to answer by nov 2" names a deadline, not the date asked for.
        var parsed = NaturalDateParser.Parse(DeadlineDates.Mask(TextNormalizer.Normalize(text)), today, options.Direction);
        if (suggested is not null && parsed is null)
        {
            switch (Services.Vocabulary.YesOrNo(text))
            {
                case true:
                    return PromptRecognition<DateOnly>.Success(DateOnly.ParseExact(suggested, "yyyy-MM-dd", CultureInfo.InvariantCulture));
                case false:
                    await dc.Context.SendActivityAsync(BuildQuestion(options, Services.Messages["date.whatDateThen"]), cancellationToken).ConfigureAwait(false);
                    return PromptRecognition<DateOnly>.FollowUp();
            }
        }
        if (parsed is null && suggested is null && Services.Vocabulary.YesOrNo(text) == true)
        {
            // "Yes" to "Have you asked? If so, when?": ask for the date, it is not a wrong answer.
            await dc.Context.SendActivityAsync(BuildQuestion(options, Services.Messages["date.whenThen"]), cancellationToken).ConfigureAwait(false);
            return PromptRecognition<DateOnly>.FollowUp();
        }
        if (parsed is null)
        {
            return PromptRecognition<DateOnly>.Failure(Services.Messages["date.retry"]);
        }
        if (options.Direction == DateDirection.Past && parsed.Date > today)
        {
            return await QuestionFutureDateAsync(dc, options, parsed.Date, today, cancellationToken).ConfigureAwait(false);
        }
        return PromptRecognition<DateOnly>.Success(parsed.Date);
    }

    private async Task<PromptRecognition<DateOnly>> QuestionFutureDateAsync(DialogContext dc, PromptOptions options, DateOnly date, DateOnly today, CancellationToken cancellationToken)
    {
        var yearEarlier = date.AddYears(-1);
        if (yearEarlier <= today)
        {
            dc.State[PendingKey] = yearEarlier.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var question = Services.Messages.Format("date.futureDidYouMean", DateText.Long(date), DateText.Long(yearEarlier));
            var buttons = new List<string> { Services.Messages["button.yes"], Services.Messages["button.no"] };
            await dc.Context.SendActivityAsync(ButtonReply.Create(question, buttons), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var question = Services.Messages.Format("date.futureWhen", DateText.Long(date));
            await dc.Context.SendActivityAsync(BuildQuestion(options, question), cancellationToken).ConfigureAwait(false);
        }
        return PromptRecognition<DateOnly>.FollowUp();
    }
}
