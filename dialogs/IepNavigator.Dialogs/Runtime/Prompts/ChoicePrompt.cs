namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>One of the offered choices (or several, when allowed): by number, exact title or synonym, or close spelling.</summary>
public sealed class ChoicePrompt(PromptServices services) : Prompt<IReadOnlyList<string>>(DialogIds.ChoicePrompt, services)
{
    protected override Task<PromptRecognition<IReadOnlyList<string>>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var values = ChoiceRecognizer.Recognize(text, options.Choices, options.AllowMultiple);
        return Task.FromResult(values.Count > 0
            ? PromptRecognition<IReadOnlyList<string>>.Success(values)
            : PromptRecognition<IReadOnlyList<string>>.Failure(Services.Messages["prompt.retryChoice"]));
    }
}
