namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>Any non-empty text.</summary>
public sealed class TextPrompt(PromptServices services) : Prompt<string>(DialogIds.TextPrompt, services)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? PromptRecognition<string>.Failure()
            : PromptRecognition<string>.Success(text.Trim()));
}
