using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// The hand-off's optional questions, by the options' <see cref="PromptOptions.Tag"/>: "name" (the parent's name),
/// "child" (the child's first name), "language" (the language to be spoken to in). Every one can be skipped (the
/// answer is then empty). A name is a person's name (letters, at most four words, "my name is" dropped), never a
/// sentence or a question; a language is one of the offered buttons or a language's name as typed ("Vietnamese").
/// </summary>
public sealed class HandOffDetailPrompt(PromptServices services, TriageChatContent content) : Prompt<string>(TriageFlowIds.DetailPrompt, services)
{
    public const string NameTag = "name";
    public const string ChildTag = "child";
    public const string LanguageTag = "language";

    protected override Task<PromptRecognition<string>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var recognized = Recognize(options.Tag, text, options.Choices);
        return Task.FromResult(recognized is null
            ? PromptRecognition<string>.Failure(content[options.Tag == LanguageTag ? "language.retry" : "name.retry"])
            : PromptRecognition<string>.Success(recognized));
    }

    /// <summary>The answer ("" for a skip), or null when it is not what was asked.</summary>
    public string? Recognize(string? tag, string? text, IReadOnlyList<ChoiceOption> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }
        if (content.Matches("skip", normalized))
        {
            return "";
        }
        if (tag == LanguageTag)
        {
            if (ChoiceRecognizer.Recognize(text, choices, allowMultiple: false) is [var chosen, ..])
            {
                return chosen;
            }
            return IsWords(text!, maxWords: 3, maxLength: 30) ? text!.Trim().Trim('.', '!') : null;
        }
        var name = WithoutPrefix(text!.Trim().Trim('.', '!'));
        return IsWords(name, maxWords: 4, maxLength: 60) ? name : null;
    }

    /// <summary>"my name is Ana López" → "Ana López" (prefixes in triage-chat.json, both languages).</summary>
    private string WithoutPrefix(string text)
    {
        foreach (var prefix in content.Phrases("namePrefix").OrderByDescending(p => p.Length))
        {
            var words = prefix.Split(' ').Length;
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > words && TextNormalizer.Normalize(string.Join(' ', parts[..words])) == prefix)
            {
                return string.Join(' ', parts[words..]);
            }
        }
        return text;
    }

    /// <summary>Letters, spaces, hyphens, apostrophes and periods only: no digits, no '@', no question.</summary>
    private static bool IsWords(string text, int maxWords, int maxLength) =>
        text.Length is > 0 and var length && length <= maxLength
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= maxWords
        && text.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '\u2019' or '.');
}
