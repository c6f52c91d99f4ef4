namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>One of the offered choices (or several, when allowed): by number, exact title or synonym, or close spelling.</summary>
public sealed class ChoicePrompt(PromptServices services) : Prompt<IReadOnlyList<string>>(DialogIds.ChoicePrompt, services)
{
    /// <summary>Values the reader found, kept only where they are this question's choices.</summary>
    protected override bool TryTake(object? value, PromptOptions options, out IReadOnlyList<string> result)
    {
        ArgumentNullException.ThrowIfNull(options);
        result = value is IEnumerable<string> values ? [.. values.Where(v => options.Choices.Any(c => c.Value == v)).Distinct()] : [];
        return result.Count > 0 && (options.AllowMultiple || result.Count == 1);
    }

    protected override Task<PromptRecognition<IReadOnlyList<string>>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var values = ChoiceRecognizer.Recognize(text, options.Choices, options.AllowMultiple);
        return Task.FromResult(values.Count > 0
            ? PromptRecognition<IReadOnlyList<string>>.Success(values)
            // Hidden choices (the 56 states) have no buttons or numbers to point at: "tap a button or type its number" misleads.
            : PromptRecognition<IReadOnlyList<string>>.Failure(Services.Messages[options.HideChoices ? "prompt.retry" : "prompt.retryChoice"]));
    }
}
