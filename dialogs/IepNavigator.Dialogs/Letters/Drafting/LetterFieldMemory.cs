namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// Remembers the shared letter fields for the next letter, through the case book: the parent's own once for every
/// child (<see cref="CaseBook.ParentLetterFields"/>), the child's on the case (<see cref="CaseRecord.LetterFields"/>).
/// Letter-specific answers are not kept. "Delete my data" removes both with the rest of the parent's document.
/// </summary>
public sealed class LetterFieldMemory(CaseStore cases)
{
    /// <summary>Everything remembered for this parent and child, by field name.</summary>
    public async Task<Dictionary<string, string?>> RecallAsync(ITurnContext turnContext, CaseRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var book = await cases.GetBookAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return SharedLetterFields.ToDictionary(book.LetterFieldsFor(record));
    }

    /// <summary>Keeps <paramref name="value"/> if <paramref name="name"/> is a shared field; false for a letter's own field.</summary>
    public async Task<bool> RememberAsync(ITurnContext turnContext, CaseRecord record, string name, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var book = await cases.GetBookAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return book.SetLetterField(record, name, value);
    }
}
