using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Flows;

/// <summary>
/// "Which of these is closest?": a stage by its button, or by the parent's own words when they answer
/// in a sentence instead of tapping ("they suspended him again").
/// </summary>
public sealed class StagePrompt(PromptServices services, StageRecognizer recognizer) : Prompt<string>(FlowIds.StagePrompt, services)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var chosen = ChoiceRecognizer.Recognize(text, options.Choices, allowMultiple: false);
        if (chosen.Count == 1)
        {
            return Task.FromResult(PromptRecognition<string>.Success(chosen[0]));
        }
        return Task.FromResult(recognizer.Recognize(text).Confident is { } stage
            ? PromptRecognition<string>.Success(stage)
            : PromptRecognition<string>.Failure(Services.Messages["prompt.retryChoice"]));
    }
}
