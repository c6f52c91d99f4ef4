using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;

namespace IepNavigator.Dialogs.Flows.Interruptions;

/// <summary>
/// A message in another language gets an honest "English only for now" and a pointer to help that
/// speaks it, then the same question again. Heuristic: no Latin letters at all, or several common
/// words of other languages (content/interruptions.json, "otherLanguageWords").
/// </summary>
public sealed class OtherLanguageInterruption : IInterruption
{
    private readonly HashSet<string> _words;
    private readonly MessageCatalog _messages;

    public OtherLanguageInterruption(InterruptionPhrases phrases, MessageCatalog messages)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _words = phrases.Phrases("otherLanguageWords");
        _messages = messages;
    }

    public int Order => 90;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(text);
        var raw = dc.Context.Activity.Text ?? "";
        var letters = raw.Where(char.IsLetter).ToList();
        var noLatin = letters.Count >= 2 && !letters.Any(c => c < 'ɏ');
        var foreignWords = text.Split(' ').Count(_words.Contains);
        if (!noLatin && foreignWords < 3)
        {
            return InterruptionOutcome.NotHandled;
        }
        await dc.Context.SendActivityAsync(_messages["language.englishOnly"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }
}
