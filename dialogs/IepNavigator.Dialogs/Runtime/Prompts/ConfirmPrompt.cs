namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>Yes or no ("y", "yeah", "nope"...); shows Yes/No buttons unless the options give others.</summary>
public sealed class ConfirmPrompt(PromptServices services) : Prompt<bool>(DialogIds.ConfirmPrompt, services)
{
    protected override Task<PromptRecognition<bool>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var answer = Services.Vocabulary.YesOrNo(text);
        // Only a short answer may match a button title: "no" inside a long sentence is not an answer.
        if (answer is null && TextNormalizer.Normalize(text).Split(' ').Length <= 6)
        {
            // A button title such as "Yes, in writing" maps through the options' choice values "yes"/"no".
            var choice = ChoiceRecognizer.Recognize(text, options.Choices, allowMultiple: false);
            answer = choice.Count == 1 ? Services.Vocabulary.YesOrNo(choice[0]) : null;
        }
        return Task.FromResult(answer is { } yes
            ? PromptRecognition<bool>.Success(yes)
            : PromptRecognition<bool>.Failure(Services.Messages["prompt.retryYesNo"]));
    }

    protected override string AcknowledgedMessageKey => "prompt.acknowledgedYesNo";

    protected override IMessageActivity BuildQuestion(PromptOptions options, string text)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Choices.Count == 0)
        {
            options.Choices =
            [
                new ChoiceOption { Value = "yes", Title = Services.Messages["button.yes"] },
                new ChoiceOption { Value = "no", Title = Services.Messages["button.no"] },
            ];
        }
        return base.BuildQuestion(options, text);
    }
}
